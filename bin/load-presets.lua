-- wrk script: POSTs the preset queries (queries/*.rq) to /sparql in turn, as the web page does, and prints
-- requests/s, p50/p99 latency and the errors (wrk counts every answer that is not 2xx or 3xx).
--   wrk -t4 -c16 -d60s -s bin/load-presets.lua http://127.0.0.1:3030/sparql
-- (run from the repository root; QUERIES=DIR names another folder of .rq files)

local dir = os.getenv("QUERIES") or "queries"
local bodies = {}

local function urlencode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local list = io.popen('ls "' .. dir .. '"/*.rq')
for path in list:lines() do
  local file = assert(io.open(path, "r"))
  bodies[#bodies + 1] = "query=" .. urlencode(file:read("*a"))
  file:close()
end
list:close()
assert(#bodies > 0, "no .rq files in " .. dir)

local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  next_query = offset
end

function request()
  next_query = next_query % #bodies + 1
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/sparql-results+json",
  }, bodies[next_query])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("presets: %d, requests: %d, requests/s: %.1f, p50: %.1f ms, p99: %.1f ms, max: %.1f ms\n",
    #bodies, summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, status %d\n",
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
