-- A short plain-language summary ("easy-read") shown at the top of the meeting page.
alter table meeting add column easy_read text check (length(easy_read) <= 2000);
