// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Tensors.Tests.NN;

public class StateDictNameMapTests
{
    private static Sequential Net()
    {
        torch.manual_seed(0);
        return torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.Linear(2, 1));
    }

    [Fact]
    public void Apply_RenameDropAndPassThrough_LoadsEveryKitTensor()
    {
        var net = Net();
        var source = new Dictionary<string, Tensor>
        {
            ["encoder.fc.weight"] = torch.full([2, 3], 0.5f),
            ["encoder.fc.bias"] = torch.full([2], 0.25f),
            ["1.weight"] = torch.full([1, 2], -1f),
            ["1.bias"] = torch.full([1], 2f),
            ["encoder.fc.num_calls"] = torch.full([1], 9f),
        };
        var map = new StateDictNameMap("a test checkpoint")
            .Rename(@"encoder\.fc\.(weight|bias)", "0.$1")
            .Drop(@".*\.num_calls", "a counter the kit does not keep");

        var (missing, unexpected) = net.load_state_dict(source, map);

        Assert.Empty(missing);
        Assert.Empty(unexpected);
        Assert.All(net.state_dict()["0.weight"].ToArray(), v => Assert.Equal(0.5f, v));
        Assert.Equal([2f], net.state_dict()["1.bias"].ToArray());
        Assert.Equal(
            [@"^(?:encoder\.fc\.(weight|bias))$ → 0.$1", @"^(?:.*\.num_calls)$ → (not loaded: a counter the kit does not keep)"],
            map.Describe());
    }

    [Fact]
    public void Apply_NoRuleMatches_ReportsTheSourceNameAsUnexpected()
    {
        var state = Net().state_dict();
        state["extra.weight"] = torch.zeros(1);
        var ex = Assert.Throws<StateDictException>(() => Net().load_state_dict(state, new StateDictNameMap("x")));
        Assert.Equal(["extra.weight"], ex.unexpected_keys);
    }

    [Fact]
    public void Apply_ReshapeRuleWithDifferentElementCount_ThrowsNamingBothShapes()
    {
        var source = Net().state_dict();
        source["old.bias"] = torch.zeros(3, 1);
        source.Remove("0.bias");
        var map = new StateDictNameMap("x").Rename(@"old\.bias", "0.bias", reshape: true);
        var ex = Assert.Throws<StateDictException>(() => Net().load_state_dict(source, map));
        Assert.Equal(["0.bias (from 'old.bias'): expected (2,) or the same 2 elements but got (3, 1)"], ex.mismatched_keys);
    }

    [Fact]
    public void Apply_ReshapeRuleWithSameElementCount_LoadsInTheKitsShape()
    {
        var source = Net().state_dict();
        source["old.bias"] = torch.tensor([7f, 8f], [2, 1]);
        source.Remove("0.bias");
        var net = Net();
        net.load_state_dict(source, new StateDictNameMap("x").Rename(@"old\.bias", "0.bias", reshape: true));
        Assert.Equal([7f, 8f], net.state_dict()["0.bias"].ToArray());
    }
}
