// Zed starts language servers only through extensions: this one finds the `asyncwise` command on
// the PATH (or in the project's node_modules/.bin) and runs it as a language server over stdio.
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Asyncwise;

impl zed::Extension for Asyncwise {
    fn new() -> Self {
        Asyncwise
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let local = format!("{}/node_modules/.bin/asyncwise", worktree.root_path());
        let command = worktree
            .which("asyncwise")
            .or_else(|| std::path::Path::new(&local).exists().then_some(local))
            .ok_or("the `asyncwise` command was not found: run `npm install -g asyncwise`")?;
        Ok(zed::Command {
            command,
            args: vec!["--lsp".into(), "--stdio".into()],
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(Asyncwise);
