// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Report;

/// <summary>The one stylesheet of every report page, inlined so pages work offline.</summary>
internal static class ReportStyle
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #1f2328; line-height: 1.5; }
        nav { font-size: 0.9em; margin-bottom: 1em; }
        a { color: #0969da; }
        .status { display: inline-block; padding: 0 0.5em; border-radius: 4px; font-weight: 600; }
        .passed { background: #dafbe1; color: #116329; }
        .failed { background: #ffebe9; color: #a40e26; }
        .cell { margin: 1em 0; }
        .markdown pre { background: #f6f8fa; padding: 0.6em 0.8em; border-radius: 6px; overflow-x: auto; }
        .code .source { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.6em 0.8em; overflow-x: auto; }
        .prompt { color: #57606a; font-family: ui-monospace, monospace; font-size: 0.8em; }
        .outputs { margin: 0.3em 0 0 0.5em; }
        .outputs pre { margin: 0.3em 0; white-space: pre-wrap; }
        pre.stderr { background: #fff8c5; }
        pre.error { background: #ffebe9; color: #a40e26; padding: 0.5em; border-radius: 6px; }
        .not-run { opacity: 0.55; }
        .warning { background: #fff8c5; border: 1px solid #d4a72c; padding: 0.5em; border-radius: 6px; }
        table { border-collapse: collapse; margin: 0.5em 0; }
        th, td { border: 1px solid #d0d7de; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        .index td:first-child { max-width: 46em; }
        .index .question { color: #555; font-size: 0.9em; }
        .math.display { display: block; text-align: center; margin: 0.6em 0; }
        .katex-display { margin: 0.6em 0; overflow-x: auto; overflow-y: hidden; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9em; }
        """;
}
