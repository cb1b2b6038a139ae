// SPDX-License-Identifier: MIT
using System.Reflection;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.CSharp;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>
/// Makes the C# kernel compile cells with debug information, so an exception thrown while a cell runs carries the cell's line
/// in its stack trace (<c>Submission#N…in :line L</c>), as a compile error already does.
/// </summary>
/// <remarks>
/// The kernel keeps its Roslyn <see cref="ScriptOptions"/> in a private field and offers no public switch. The headless runner
/// sets <see cref="ScriptOptions.EmitDebugInformation"/> on it; this changes no result (the optimisation level stays the
/// kernel's) and only the runner does it — in VS Code or Jupyter a run-time error names the cell without its line. If a kernel
/// version renames the field, <see cref="TryEnable"/> returns false and errors name the cell only.
/// </remarks>
internal static class KernelDebugInformation
{
    private const string OptionsField = "_scriptOptions";

    /// <summary>Turns on debug information in <paramref name="kernel"/>'s script options.</summary>
    /// <param name="kernel">A freshly made C# kernel.</param>
    /// <returns>True when the option was set; false when this kernel version keeps its options elsewhere.</returns>
    public static bool TryEnable(CSharpKernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var field = typeof(CSharpKernel).GetField(OptionsField, BindingFlags.Instance | BindingFlags.NonPublic);
        if (field?.GetValue(kernel) is not ScriptOptions options)
        {
            return false;
        }

        field.SetValue(kernel, options.WithEmitDebugInformation(true));
        return true;
    }
}
