// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>Collects one cell's outputs in the order the kernel published them; thread-safe, because events come from the kernel's threads.</summary>
internal sealed class OutputSink
{
    private readonly List<CellOutput> _outputs = [];

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

    /// <summary>Replaces the data of a display output in place (the kernel's <c>DisplayedValueUpdated</c>, from <c>display(x).Update(y)</c>).</summary>
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
