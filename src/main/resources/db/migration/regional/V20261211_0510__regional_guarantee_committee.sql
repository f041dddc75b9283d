-- Whether the process has a guarantee committee (comitato di garanzia), asked by the region's observatory: null
-- while the manager has not said.
alter table regional_dossier add column guarantee_committee boolean;
