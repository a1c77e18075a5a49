-- Neovim (0.7+) as a second, independent LSP client: starts `flink-k8s-language-server --stdio`
-- on the opened file, waits for pushed diagnostics, asks for inlay hints with a raw request and
-- prints both. Exits 1 unless the expected findings arrive.
local file = vim.api.nvim_buf_get_name(0)
local bufnr = vim.api.nvim_get_current_buf()
local function out(s) io.stdout:write(s .. '\n') end
local client_id = vim.lsp.start_client({
  name = 'flink-k8s',
  cmd = { 'node', os.getenv('SERVER_BIN'), '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then out('FAIL: the server did not start'); vim.cmd('cquit 1') end
vim.lsp.buf_attach_client(bufnr, client_id)
local got = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
local diags = vim.diagnostic.get(bufnr)
table.sort(diags, function(a, b) return a.lnum < b.lnum end)
for _, d in ipairs(diags) do out(string.format('DIAGNOSTIC %d:%d %s %s', d.lnum + 1, d.col + 1, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)), d.message)) end
local client = vim.lsp.get_client_by_id(client_id)
local resp = client.request_sync('textDocument/inlayHint', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } },
}, 10000, bufnr)
local hints = 0
if resp and resp.result then
  for _, h in ipairs(resp.result) do hints = hints + 1; out('HINT ' .. (h.position.line + 1) .. ' ' .. h.label) end
end
local ignored = false
for _, d in ipairs(diags) do if d.message:find('job.parallelism 10 is ignored', 1, true) then ignored = true end end
local pass = got and ignored and hints >= 3
out(pass and 'PASS' or 'FAIL')
client.stop()
vim.cmd(pass and 'qall!' or 'cquit 1')
