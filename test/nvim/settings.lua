-- Neovim (0.7+) without workspace/configuration: the server must take the settings pushed with
-- workspace/didChangeConfiguration, at start (from on_init, as nvim-lspconfig does) and when they
-- change. Exits 1 unless the pushed severities and hint settings apply.
local file = vim.api.nvim_buf_get_name(0)
local bufnr = vim.api.nvim_get_current_buf()
local function out(s) io.stdout:write(s .. '\n') end
local function fail(why) out('FAIL: ' .. why); vim.cmd('cquit 1') end
local capabilities = vim.lsp.protocol.make_client_capabilities()
capabilities.workspace.configuration = false
local client_id = vim.lsp.start_client({
  name = 'flink-k8s-pushed-settings',
  cmd = { 'node', os.getenv('SERVER_BIN'), '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  capabilities = capabilities,
  settings = { flinkK8s = { rules = { ['job-parallelism-ignored'] = 'error' } } },
  on_init = function(c) c.notify('workspace/didChangeConfiguration', { settings = c.config.settings }) end,
})
if not client_id then fail('the server did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)

local function ignored()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.message:find('job.parallelism 10 is ignored', 1, true) then return d end
  end
end
local function hints()
  local resp = client.request_sync('textDocument/inlayHint', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } },
  }, 10000, bufnr)
  local labels = {}
  for _, h in ipairs(resp and resp.result or {}) do table.insert(labels, h.label) end
  return table.concat(labels, '|')
end

if not vim.wait(20000, function() local d = ignored(); return d and d.severity == vim.diagnostic.severity.ERROR end, 100) then
  local d = ignored(); fail('the severity pushed at start (error) did not apply: ' .. (d and tostring(d.severity) or 'no finding'))
end
out('PUSHED AT START: job-parallelism-ignored is an error')
if not hints():find('heap', 1, true) then fail('no memory hints before they are turned off') end

client.notify('workspace/didChangeConfiguration', { settings = { flinkK8s = { rules = { ['job-parallelism-ignored'] = 'off' }, inlayHints = { memory = false } } } })
if not vim.wait(20000, function() return ignored() == nil end, 100) then fail('the rule turned off by a later push still reports') end
out('PUSHED LATER: job-parallelism-ignored is off')
local after = hints()
if after:find('heap', 1, true) or not after:find('pods', 1, true) then fail('memory hints should be off, the others on: ' .. after) end
out('PUSHED LATER: memory hints off, others on: ' .. after)
out('PASS')
client.stop()
vim.cmd('qall!')
