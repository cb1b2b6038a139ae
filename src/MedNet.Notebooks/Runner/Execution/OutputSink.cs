// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>Collects one cell's outputs in order; thread-safe, because a cell may write from worker threads.</summary>
internal sealed class OutputSink
{
    private static readonly AsyncLocal<OutputSink?> CurrentSink = new();
    private readonly List<CellOutput> _outputs = [];

    /// <summary>The sink of the cell running on this logical call flow (flows into tasks and threads the cell starts).</summary>
    public static OutputSink? Current
    {
        get => CurrentSink.Value;
        set => CurrentSink.Value = value;
    }

    /// <summary>Adds an output.</summary>
    public void Add(CellOutput output)
    {
        lock (_outputs)
        {
            _outputs.Add(output);
        }
    }

    /// <summary>Appends console text, joining it to the previous output when that is the same stream.</summary>
    public void Write(string stream, string text)
    {
        lock (_outputs)
        {
            if (_outputs.Count > 0 && _outputs[^1] is StreamOutput last && last.Name == stream)
            {
                last.Text.Append(text);
                return;
            }

            var output = new StreamOutput(stream);
            output.Text.Append(text);
            _outputs.Add(output);
        }
    }

    /// <summary>Replaces the data of a display output in place (<c>DisplayedValue.Update</c>).</summary>
    public void Replace(DisplayOutput output, IReadOnlyDictionary<string, string> data)
    {
        lock (_outputs)
        {
            output.Data = data;
        }
    }

    /// <summary>Copies the outputs so far.</summary>
    public IReadOnlyList<CellOutput> Snapshot()
    {
        lock (_outputs)
        {
            return [.. _outputs];
        }
    }
}
