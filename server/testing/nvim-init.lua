-- Headless Neovim as an LSP client of the Asyncwise server: opens the file given in
vim.lsp.set_log_level(os.getenv('ASYNCWISE_NVIM_LOG') or 'warn')
-- ASYNCWISE_FILE, starts the server from ASYNCWISE_SERVER over stdio, prints the first
-- non-empty diagnostics it publishes as JSON lines, and quits (exit code 1 on timeout).
local file = os.getenv('ASYNCWISE_FILE')
local server = os.getenv('ASYNCWISE_SERVER')
local root = os.getenv('ASYNCWISE_ROOT')

vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()

local printed = false
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(_, result)
  if printed or result == nil or #result.diagnostics == 0 then return end
  printed = true
  for _, diagnostic in ipairs(result.diagnostics) do
    io.stdout:write(vim.fn.json_encode({
      line = diagnostic.range.start.line,
      code = diagnostic.code,
      source = diagnostic.source,
      message = diagnostic.message,
    }) .. '\n')
  end
  io.stdout:flush()
  vim.cmd('qall!')
end

-- ASYNCWISE_NVIM_CONFIG: a config as users write it for Neovim 0.11 (editors/neovim/lsp/asyncwise.lua);
-- its command starts the server, for the file types it lists, as vim.lsp.enable would.
local cmd = { 'node', server, '--stdio' }
local config_file = os.getenv('ASYNCWISE_NVIM_CONFIG')
if config_file then
  local config = dofile(config_file)
  if not vim.tbl_contains(config.filetypes, vim.bo.filetype) then
    io.stderr:write('the config does not list the file type ' .. vim.bo.filetype .. '\n')
    vim.cmd('cquit 1')
  end
  cmd = config.cmd
end

local client = vim.lsp.start_client({
  name = 'asyncwise',
  cmd = cmd,
  root_dir = root,
})
vim.lsp.buf_attach_client(buffer, client)

vim.defer_fn(function()
  io.stderr:write('no diagnostics from the Asyncwise server within 60 s\n')
  vim.cmd('cquit 1')
end, 60000)
