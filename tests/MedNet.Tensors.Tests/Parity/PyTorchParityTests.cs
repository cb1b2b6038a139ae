// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Tensors.Tests.Parity;

/// <summary>Forward outputs and gradients against PyTorch 1.13 on fixed inputs and weights (fixtures in Fixtures/).</summary>
public class PyTorchParityTests
{
    [Fact]
    public void Conv1d_DilatedGrouped_MatchesPyTorch()
    {
        var f = Fixture.Load("conv1d_dilated_grouped");
        var conv = torch.nn.Conv1d(4, 6, 3, padding: 2, dilation: 2, groups: 2);
        f.LoadParameters(conv);
        var x = f.Input("x");
        var y = conv.call(x);
        f.AssertClose("out.y", y);
        f.Loss(("y", y)).backward();
        f.AssertClose("grad.in.x", x.grad!);
        f.AssertParameterGrads(conv);
    }

    [Fact]
    public void MultiheadAttention_MatchesPyTorch()
    {
        var f = Fixture.Load("multihead_attention");
        var mha = torch.nn.MultiheadAttention(4, 2);
        f.LoadParameters(mha);
        var q = f.Input("q");
        var kv = f.Input("kv");
        var (o, w) = mha.forward(q, kv, kv);
        f.AssertClose("out.o", o);
        f.AssertClose("out.w", w!);
        f.Loss(("o", o), ("w", w!)).backward();
        f.AssertClose("grad.in.q", q.grad!);
        f.AssertClose("grad.in.kv", kv.grad!);
        f.AssertParameterGrads(mha);
    }

    [Fact]
    public void TransformerEncoderLayer_DTAADSize_MatchesPyTorch()
    {
        var f = Fixture.Load("transformer_encoder_layer");
        var layer = torch.nn.TransformerEncoderLayer(2, 2, dim_feedforward: 16, dropout: 0);
        f.LoadParameters(layer);
        var x = f.Input("x");
        var y = layer.call(x);
        f.AssertClose("out.y", y);
        f.Loss(("y", y)).backward();
        f.AssertClose("grad.in.x", x.grad!);
        f.AssertParameterGrads(layer);
    }

    [Fact]
    public void LSTM_BidirectionalTwoLayers_MatchesPyTorch()
    {
        var f = Fixture.Load("lstm_bidirectional_2layers");
        var lstm = torch.nn.LSTM(3, 4, num_layers: 2, bidirectional: true);
        f.LoadParameters(lstm);
        var x = f.Input("x");
        var (y, (h, c)) = lstm.call(x);
        f.AssertClose("out.y", y);
        f.AssertClose("out.h", h);
        f.AssertClose("out.c", c);
        f.Loss(("y", y), ("h", h), ("c", c)).backward();
        f.AssertClose("grad.in.x", x.grad!);
        f.AssertParameterGrads(lstm);
    }

    [Fact]
    public void LayerNorm_MatchesPyTorch()
    {
        var f = Fixture.Load("layer_norm");
        var ln = torch.nn.LayerNorm([6]);
        f.LoadParameters(ln);
        var x = f.Input("x");
        var y = ln.call(x);
        f.AssertClose("out.y", y);
        f.Loss(("y", y)).backward();
        f.AssertClose("grad.in.x", x.grad!);
        f.AssertParameterGrads(ln);
    }

    [Fact]
    public void BatchNorm1d_TrainingStep_MatchesPyTorch()
    {
        var f = Fixture.Load("batch_norm1d");
        var bn = torch.nn.BatchNorm1d(3);
        f.LoadParameters(bn);
        var x = f.Input("x");
        var y = bn.call(x);
        f.AssertClose("out.y", y);
        f.Loss(("y", y)).backward();
        f.AssertClose("grad.in.x", x.grad!);
        f.AssertParameterGrads(bn);
        f.AssertClose("after.running_mean", bn.running_mean!);
        f.AssertClose("after.running_var", bn.running_var!);
    }

    [Theory]
    [InlineData("adam_steps")]
    [InlineData("adamw_steps")]
    public void AdamAndAdamW_ThreeSteps_MatchPyTorch(string name)
    {
        var f = Fixture.Load(name);
        var p = f["param.p0"].clone().detach().requires_grad_();
        MedNet.Tensors.Optim.Optimizer opt = name == "adam_steps"
            ? torch.optim.Adam([p], lr: 0.01, weight_decay: 0.1)
            : torch.optim.AdamW([p], lr: 0.01, weight_decay: 0.1);
        for (var step = 0; step < 3; step++)
        {
            p.grad = f[$"in.grad{step}"].clone();
            opt.step();
            f.AssertClose($"out.p{step}", p);
        }
    }

    [Fact]
    public void DefaultInit_Seed0_ReproducesPyTorchInitialWeights()
    {
        var f = Fixture.Load("default_init_seed0");
        torch.manual_seed(0);
        var lin = torch.nn.Linear(3, 4);
        var conv = torch.nn.Conv1d(2, 3, 5);
        f.AssertClose("linear.weight", lin.weight);
        f.AssertClose("linear.bias", lin.bias!);
        f.AssertClose("conv.weight", conv.weight);
        f.AssertClose("conv.bias", conv.bias!);
    }
}
