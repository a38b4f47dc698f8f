-- Full logins for wrk (scripts/benchmark.py runs it): start -> the code from the outbox -> confirm.
--
--   wrk -t64 -c64 -d5s -s scripts/load-login.lua http://127.0.0.1:8480 -- run=1 abandon=0
--
-- One connection per wrk thread (-t equal to -c), so every thread is one client going through the steps in order
-- on its own keep-alive connection. A login counts only when the confirm answered 200 with a login_url carrying a
-- token; any other status, or a body without what the next step needs, is an error and the client starts over.
-- Arguments after "--": run=N (keeps phone numbers of separate runs apart), abandon=N (every Nth started operation
-- is left unconfirmed, to leave the emulator operations to expire and sweep; 0: none).
-- done() prints one JSON line: logins, logins_per_second, p50/p99 of the start and confirm requests, errors.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } load_timespec;
  int clock_gettime(int clock, load_timespec *time);
]]
local clock = ffi.new("load_timespec")
local function now_us()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
end

local project = "00000000-0000-4000-8000-000000000000"
local json = { ["Content-Type"] = "application/json" }
local threads = {}

-- Setup (the main Lua state): number the threads.
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

-- The running phase (one Lua state per thread).
logins, errors, abandoned = 0, 0, 0
first_error = nil
latencies = {} -- 10 microsecond buckets: bucket -> count, start and confirm requests
local run, abandon_every = 0, 0
local step, phone, operation, code = "start", nil, nil, nil
local counter, sent_at = 0, 0

function init(args)
  for _, argument in ipairs(args) do
    local name, value = argument:match("^(%w+)=(%d+)$")
    if name == "run" then run = tonumber(value) end
    if name == "abandon" then abandon_every = tonumber(value) end
  end
end

local function next_phone()
  counter = counter + 1
  return string.format("+4917%02d%03d%07d", run % 100, id % 1000, counter % 10000000)
end

-- Builds the request of the current step; only response() moves to the next step, so a reconnect resends it.
function request()
  sent_at = now_us()
  if step == "start" then
    phone = phone or next_phone()
    return wrk.format("POST", "/api/login/phone/request?projectId=" .. project, json,
      '{"phone_number":"' .. phone .. '"}')
  elseif step == "outbox" then
    return wrk.format("GET", "/emulator/sms?phone_number=%2B" .. phone:sub(2), nil, nil)
  else
    return wrk.format("POST", "/api/login/phone/confirm?projectId=" .. project, json,
      '{"code":"' .. code .. '","operation_id":"' .. operation .. '","phone_number":"' .. phone .. '"}')
  end
end

local function record(elapsed)
  local bucket = math.floor(elapsed / 10)
  latencies[bucket] = (latencies[bucket] or 0) + 1
end

local function fail(what, status, body)
  errors = errors + 1
  if first_error == nil then first_error = what .. ": HTTP " .. status .. " " .. body:sub(1, 200) end
  step, phone = "start", nil
end

function response(status, headers, body)
  local elapsed = now_us() - sent_at
  if step == "start" then
    record(elapsed)
    operation = status == 200 and body:match('"operation_id":"([^"]+)"') or nil
    if not operation then return fail("start", status, body) end
    if abandon_every > 0 and counter % abandon_every == 0 then
      abandoned = abandoned + 1
      phone = nil
      return
    end
    step = "outbox"
  elseif step == "outbox" then
    -- The newest message is last; it must be the one of this operation.
    code = status == 200 and body:find(operation, 1, true) and body:match('.*"code":"(%d+)"') or nil
    if not code then return fail("outbox", status, body) end
    step = "confirm"
  else
    record(elapsed)
    if status ~= 200 or not body:find('"login_url":"[^"]*[?&]token=[^&"]') then return fail("confirm", status, body) end
    logins = logins + 1
    step, phone = "start", nil
  end
end

-- Done (the main Lua state): merge the threads' counts, print one JSON line.
function done(summary, latency, wrk_requests)
  local merged, samples = {}, 0
  local total_logins, total_errors, total_abandoned, first = 0, 0, 0, nil
  for _, thread in ipairs(threads) do
    total_logins = total_logins + thread:get("logins")
    total_errors = total_errors + thread:get("errors")
    total_abandoned = total_abandoned + thread:get("abandoned")
    first = first or thread:get("first_error")
    for bucket, count in pairs(thread:get("latencies")) do
      merged[bucket] = (merged[bucket] or 0) + count
      samples = samples + count
    end
  end
  local buckets = {}
  for bucket in pairs(merged) do table.insert(buckets, bucket) end
  table.sort(buckets)
  local function percentile(p)
    local rank, seen = math.max(1, math.ceil(p / 100 * samples)), 0
    for _, bucket in ipairs(buckets) do
      seen = seen + merged[bucket]
      if seen >= rank then return (bucket + 1) * 0.01 end -- the bucket's upper edge, in ms
    end
    return 0
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local seconds = summary.duration / 1000000
  local line = string.format(
    '{"clients":%d,"seconds":%.3f,"logins":%d,"logins_per_second":%.3f,"requests":%d,"timed":%d,' ..
    '"p50_ms":%.3f,"p99_ms":%.3f,"errors":%d,"socket_errors":%d,"abandoned":%d',
    #threads, seconds, total_logins, total_logins / seconds, summary.requests, samples,
    percentile(50), percentile(99), total_errors + socket, socket, total_abandoned)
  if first then line = line .. ',"first_error":"' .. first:gsub('[\\"]', '\\%0'):gsub("%c", " ") .. '"' end
  io.write(line .. "}\n")
end
