// SPDX-License-Identifier: MIT
using System.Text;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>
/// Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> to the running cell's <see cref="OutputSink"/>.
/// </summary>
/// <remarks>
/// Installed once per process. The target is found through <see cref="OutputSink.Current"/> (an <see cref="AsyncLocal{T}"/>),
/// so writes from tasks a cell starts land in that cell, and writes from anywhere else go to the original console —
/// two runners in one process (parallel tests) do not mix their output.
/// </remarks>
internal static class ConsoleCapture
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Replaces the console writers with routing writers (idempotent).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            Console.SetOut(new RoutingWriter(Console.Out, "stdout"));
            Console.SetError(new RoutingWriter(Console.Error, "stderr"));
            _installed = true;
        }
    }

    private sealed class RoutingWriter(TextWriter original, string stream) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (OutputSink.Current is { } sink)
            {
                sink.Write(stream, value);
            }
            else
            {
                original.Write(value);
            }
        }

        public override void WriteLine(string? value) => Write((value ?? string.Empty) + new string(CoreNewLine));

        public override void Flush()
        {
            if (OutputSink.Current is null)
            {
                original.Flush();
            }
        }
    }
}
