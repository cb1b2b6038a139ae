// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.Parity;

/// <summary>The tiled attention and the fused LSTM against PyTorch 1.13 at sizes that cross tile and vector boundaries (fixtures in Fixtures/).</summary>
public class SequenceParityTests
{
    [Fact]
    public void MultiheadAttention_TiledSelfAttentionBatchFirst_MatchesPyTorch()
    {
        var f = Fixture.Load("mha_tiled_self_batch_first");
        var mha = torch.nn.MultiheadAttention(64, 4, batch_first: true);
        f.LoadParameters(mha);
        var x = f.Input("x");
        var (o, w) = mha.forward(x, x, x, need_weights: false);
        Assert.Null(w);
        f.AssertClose("out.o", o);
        f.Loss(("o", o)).backward();
        f.AssertClose("grad.in.x", x.grad!);
        f.AssertParameterGrads(mha);
    }

    [Fact]
    public void MultiheadAttention_TiledCrossAttentionWithMasksAndWeights_MatchesPyTorch()
    {
        var f = Fixture.Load("mha_tiled_cross_masks");
        var mha = torch.nn.MultiheadAttention(32, 2);
        f.LoadParameters(mha);
        var q = f.Input("q");
        var kv = f.Input("kv");
        var (o, w) = mha.forward(q, kv, kv, key_padding_mask: f["in.pad"], attn_mask: f["in.mask"]);
        f.AssertClose("out.o", o);
        f.AssertClose("out.w", w!);
        f.Loss(("o", o), ("w", w!)).backward();
        f.AssertClose("grad.in.q", q.grad!);
        f.AssertClose("grad.in.kv", kv.grad!);
        f.AssertParameterGrads(mha);
    }

    [Fact]
    public void LSTM_BatchFirstFromGivenState_MatchesPyTorch()
    {
        var f = Fixture.Load("lstm_batch_first_state");
        var lstm = torch.nn.LSTM(8, 12, num_layers: 2, batch_first: true, bidirectional: true);
        f.LoadParameters(lstm);
        var x = f.Input("x");
        var h0 = f.Input("h0");
        var c0 = f.Input("c0");
        var (y, (h, c)) = lstm.forward(x, (h0, c0));
        f.AssertClose("out.y", y);
        f.AssertClose("out.h", h);
        f.AssertClose("out.c", c);
        f.Loss(("y", y), ("h", h), ("c", c)).backward();
        f.AssertClose("grad.in.x", x.grad!);
        f.AssertClose("grad.in.h0", h0.grad!);
        f.AssertClose("grad.in.c0", c0.grad!);
        f.AssertParameterGrads(lstm);
    }
}
