// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>How a notebook run ended.</summary>
public enum NotebookStatus
{
    /// <summary>Every code cell ran without error.</summary>
    Passed,

    /// <summary>A cell failed (compile error, exception, timeout, unsupported language); later cells did not run.</summary>
    Failed,

    /// <summary>Not run: a dataset the notebook declares in <c>metadata.mednet.requires_data</c> is absent (the reason says which).</summary>
    Skipped,
}
