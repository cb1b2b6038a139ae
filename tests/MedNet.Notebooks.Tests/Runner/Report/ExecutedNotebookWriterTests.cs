using System.Text.Json.Nodes;
using MedNet.Notebooks.Runner.Ipynb;
using MedNet.Notebooks.Runner.Report;

namespace MedNet.Notebooks.Tests.Runner.Report;

[Collection(RunnerCollection.Name)]
public class ExecutedNotebookWriterTests(TestNotebooks notebooks)
{
    private static readonly Dictionary<string, string[]> RequiredFields = new()
    {
        ["stream"] = ["name", "text"],
        ["display_data"] = ["data", "metadata"],
        ["execute_result"] = ["data", "metadata", "execution_count"],
        ["error"] = ["ename", "evalue", "traceback"],
    };

    [Theory]
    [InlineData("01-features.ipynb")]
    [InlineData("02-runtime-error.ipynb")]
    [InlineData("03-compile-error.ipynb")]
    public void ToJson_ExecutedNotebook_IsValidNbformat4(string name)
    {
        var json = ExecutedNotebookWriter.ToJson(notebooks[name]);
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(4, root["nbformat"]!.GetValue<int>());
        Assert.NotNull(root["metadata"]!["kernelspec"]);
        foreach (var cell in root["cells"]!.AsArray().Select(c => c!.AsObject()))
        {
            Assert.True(cell.ContainsKey("source"));
            if (cell["cell_type"]!.GetValue<string>() != "code")
            {
                Assert.False(cell.ContainsKey("outputs"));
                continue;
            }

            Assert.True(cell.ContainsKey("execution_count"));
            foreach (var output in cell["outputs"]!.AsArray().Select(o => o!.AsObject()))
            {
                var type = output["output_type"]!.GetValue<string>();
                Assert.True(RequiredFields.ContainsKey(type), $"unknown output_type {type}");
                Assert.All(RequiredFields[type], field => Assert.True(output.ContainsKey(field), $"{type} lacks {field}"));
            }
        }

        Assert.Equal(notebooks[name].Document!.Cells.Count, NotebookDocument.Parse(json, name).Cells.Count);
    }

    [Fact]
    public void ToJson_Outputs_AreMultilineStringsAndCountsAreSet()
    {
        var root = JsonNode.Parse(ExecutedNotebookWriter.ToJson(notebooks["01-features.ipynb"]))!;
        var cell3 = root["cells"]![2]!;
        Assert.Equal(2, cell3["execution_count"]!.GetValue<int>());
        var outputs = cell3["outputs"]!.AsArray();
        Assert.Equal("before ", outputs[0]!["text"]![0]!.GetValue<string>());
        Assert.Equal("<span class=\"swatch\">teal</span>", outputs[1]!["data"]!["text/html"]![0]!.GetValue<string>());
        Assert.Equal(2, outputs[4]!["execution_count"]!.GetValue<int>());
        Assert.Null(root["cells"]![3]!["execution_count"]);
    }

    [Fact]
    public void ToJson_CellsAfterTheError_HaveNoOutputs()
    {
        var root = JsonNode.Parse(ExecutedNotebookWriter.ToJson(notebooks["02-runtime-error.ipynb"]))!;
        var last = root["cells"]![2]!;
        Assert.Empty(last["outputs"]!.AsArray());
        Assert.Null(last["execution_count"]);
        Assert.Equal("error", root["cells"]![1]!["outputs"]![0]!["output_type"]!.GetValue<string>());
    }
}
