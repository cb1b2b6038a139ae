// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Tensors;
using Xunit.Abstractions;

namespace MedNet.Models.Tests.Classification;

/// <summary>Parameter counts of every Table 2 row and the Table 3 comparisons, computed with parameter_count().</summary>
public class ParameterCountTests(ITestOutputHelper output)
{
    [Fact]
    public void Ladder_Print()
    {
        foreach (var leads in new[] { 1, 12 })
        {
            foreach (var row in MsaLadder.Rows(leads))
            {
                torch.manual_seed(0);
                var m = new MsaClassifier(row.Config);
                var f = m.CountFlops(3600);
                output.WriteLine($"{leads} {row.Id} params={m.parameter_count()} flops={f.Flops} mac={f.MultiplyAccumulates}");
            }
        }
    }
}
