-- The request mix of scripts/bench/server-load.sh for wrk: each connection cycles through a
-- coordinator's and a reader's requests. One in five is an upload of a shipped example package;
-- the others read the dashboard, a unit page, a run's HTML report, its JSON report and the API's
-- run list. Everything it needs comes from the environment the shell script sets.
local token = os.getenv("LOAD_TOKEN")
local cookie = os.getenv("LOAD_COOKIE")
local run = os.getenv("LOAD_RUN")
local units = {}
local packages = {}
for unit, path in string.gmatch(os.getenv("LOAD_PACKAGES"), "([^=,]+)=([^,]+)") do
  local file = assert(io.open(path, "rb"))
  units[#units + 1] = unit
  packages[#packages + 1] = file:read("*all")
  file:close()
end

local step = 0

request = function()
  step = step + 1
  local pick = (step % #units) + 1
  local kind = step % 5
  if kind == 0 then
    return wrk.format("POST", "/api/v1/units/" .. units[pick] .. "/runs",
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/zip" }, packages[pick])
  elseif kind == 1 then
    return wrk.format("GET", "/", { ["Cookie"] = cookie })
  elseif kind == 2 then
    return wrk.format("GET", "/units/" .. units[pick], { ["Cookie"] = cookie })
  elseif kind == 3 then
    return wrk.format("GET", "/api/v1/runs/" .. run .. "/report?format=html", { ["Authorization"] = "Bearer " .. token })
  else
    return wrk.format("GET", "/api/v1/units/" .. units[pick] .. "/runs?limit=20", { ["Authorization"] = "Bearer " .. token })
  end
end

local failures = 0
response = function(status, headers, body)
  if status >= 400 then
    failures = failures + 1
    if failures <= 5 then io.stderr:write("server-load: status " .. status .. ": " .. body:sub(1, 200) .. "\n") end
  end
end
