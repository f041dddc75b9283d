-- wrk: many signed-in participants at once. Each request carries the session of the next participant of the
-- file named by the environment variable SESSIONS (one "SESSION=..." cookie per line), so that the platform
-- serves as many different people as the file holds, not one person 64 times. Prints the same line as
-- percentiles.lua.
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  sessions[#sessions + 1] = line
end
local next_one = 0

request = function()
  next_one = next_one % #sessions + 1
  return wrk.format("GET", nil, { Cookie = sessions[next_one] })
end

dofile("bench/percentiles.lua") -- the same result line
