-- wrk script: each request takes the next path of the file named by WRK_PATHS (one per line),
-- each thread starting at its own place; wrk counts the non-2xx answers itself.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local threads = 0

function setup(thread)
  thread:set("start", threads * 997)
  threads = threads + 1
end

local position = nil

function request()
  if position == nil then position = start or 0 end
  position = position + 1
  return wrk.format("GET", paths[(position % #paths) + 1])
end
