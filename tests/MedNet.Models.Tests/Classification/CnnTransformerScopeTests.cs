// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Tensors;

namespace MedNet.Models.Tests.Classification;

/// <summary>The cached positional encodings survive the per-step dispose scope that first built them.</summary>
public class CnnTransformerScopeTests
{
    [Fact]
    public void Forward_InTwoSuccessiveDisposeScopes_GivesTheSameLogits()
    {
        torch.manual_seed(0);
        var model = new CnnTransformer(new CnnTransformerConfig { InputLeads = 1, FrontEndChannels = [8], FrontEndStrides = [2], Layers = 1, Heads = 2, FeedForward = 16, Classes = 3 });
        model.eval();
        var x = torch.randn(2, 1, 64);
        float[] first;
        using (torch.no_grad())
        {
            using (var scope = torch.NewDisposeScope())
            {
                first = model.call(x).ToArray();
            }

            using (var scope = torch.NewDisposeScope())
            {
                Assert.Equal(first, model.call(x).ToArray());
            }
        }
    }
}
