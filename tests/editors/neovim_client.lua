-- Drives copylint's language server from Neovim's own LSP client (headless), as an editor
-- user would: open an article, wait for diagnostics, ask for code actions at the cursor on
-- each flagged word (with the line's diagnostics as Neovim sends them), apply the first
-- offered fix, save. Writes what it saw as JSON. Works on Neovim 0.7 (Debian 12) and later.
local py, file, out = vim.g.copylint_python, vim.g.copylint_file, vim.g.copylint_out
local client_id = vim.lsp.start_client({
  cmd = {py, '-m', 'copylint', 'lsp', '--debounce-ms', '0'},
  root_dir = vim.fn.fnamemodify(file, ':h'),
  name = 'copylint',
})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client_id)
local result = {diagnostics = {}, actions = {}, lines = {}}
vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local diagnostics = vim.diagnostic.get(0)
table.sort(diagnostics, function(a, b) return a.lnum > b.lnum or (a.lnum == b.lnum and a.col > b.col) end)
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(result.diagnostics, {lnum = d.lnum, col = d.col, end_col = d.end_col, code = code})
end
-- from the last diagnostic to the first, so applied fixes never shift the ones still to do
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if code == 'style.repeated-word' then
    vim.api.nvim_win_set_cursor(0, {d.lnum + 1, d.col})
    local params = vim.lsp.util.make_range_params()
    params.context = {diagnostics = vim.lsp.diagnostic.get_line_diagnostics()}
    local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 20000) or {}
    local titles = {}
    for _, response in pairs(responses) do
      for _, action in ipairs(response.result or {}) do
        table.insert(titles, action.title)
        if #titles == 1 and action.edit then
          vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
        end
      end
    end
    table.insert(result.actions, {lnum = d.lnum, titles = titles})
  end
end
vim.cmd('write')
result.lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
