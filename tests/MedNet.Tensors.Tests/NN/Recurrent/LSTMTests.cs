// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Recurrent;

public class LSTMTests
{
    public LSTMTests() => torch.manual_seed(40);

    [Fact]
    public void LSTM_BidirectionalTwoLayers_GradcheckPasses()
    {
        var lstm = torch.nn.LSTM(3, 2, num_layers: 2, bidirectional: true);
        GradCheck.Assert(x => lstm.call(x[0]).output, torch.randn(4, 2, 3));
    }

    [Fact]
    public void LSTM_Gradcheck_WrtWeightsAndInitialState()
    {
        var lstm = torch.nn.LSTM(2, 3);
        var x = torch.randn(3, 1, 2);
        GradCheck.Assert(p => lstm.forward(x, (p[0], p[1])).state.h_n, torch.randn(1, 1, 3), torch.randn(1, 1, 3));
        GradCheck.Assert(_ => lstm.call(x).output, lstm.named_parameters().First(p => p.name == "weight_hh_l0").parameter);
    }

    [Fact]
    public void LSTM_Shapes_FollowPyTorch()
    {
        var lstm = torch.nn.LSTM(5, 4, num_layers: 2, batch_first: true, bidirectional: true);
        var (y, (h, c)) = lstm.call(torch.randn(3, 7, 5));
        Assert.Equal(new long[] { 3, 7, 8 }, y.shape);
        Assert.Equal(new long[] { 4, 3, 4 }, h.shape);
        Assert.Equal(new long[] { 4, 3, 4 }, c.shape);
        Assert.Equal("weight_ih_l0,weight_hh_l0,bias_ih_l0,bias_hh_l0,weight_ih_l0_reverse", string.Join(",", lstm.named_parameters().Take(5).Select(p => p.name)));
        Assert.Equal(new long[] { 16, 8 }, lstm.named_parameters().First(p => p.name == "weight_ih_l1").parameter.shape);
    }

    [Fact]
    public void LSTM_FusedSmallBatchPath_GradcheckPasses()
    {
        // H = 8, N = 1: the fused per-row recurrence (LstmKernel.UsesMatVec), forward and the backward reading its saved cells.
        var lstm = torch.nn.LSTM(3, 8, bidirectional: true);
        Assert.True(MedNet.Tensors.Kernels.LstmKernel.UsesMatVec(1, 8));
        GradCheck.Assert(x => lstm.call(x[0]).output, torch.randn(4, 1, 3));
    }

    [Fact]
    public void LSTM_FusedSmallBatchPath_EqualsBatchedGemmPath()
    {
        // H = 56 (32-unit, 16-unit and 8-unit blocks; the 32-unit one where AVX-512 is present). Batch 1 takes the fused path, batch 5 the recurrent GEMM; sample 0
        // must come out the same from both, and so must the input and weight gradients of a loss on sample 0 alone.
        const int n = 5, l = 9, f = 5, h = 56;
        Assert.True(MedNet.Tensors.Kernels.LstmKernel.UsesMatVec(1, h));
        Assert.False(MedNet.Tensors.Kernels.LstmKernel.UsesMatVec(n, h));
        var lstm = torch.nn.LSTM(f, h, num_layers: 2, batch_first: true, bidirectional: true);
        var first = torch.randn(1, l, f);
        var x1 = first.clone().requires_grad_();
        var x = torch.cat([first, torch.randn(n - 1, l, f)], 0).requires_grad_();
        var h0 = torch.randn(4, n, h);
        var c0 = torch.randn(4, n, h);
        var g = torch.randn(1, l, 2 * h);
        var (y1, (hn1, cn1)) = lstm.forward(x1, (h0.narrow(1, 0, 1).contiguous(), c0.narrow(1, 0, 1).contiguous()));
        y1.backward(g);
        var grads1 = lstm.parameters().Select(p => p.grad!.ToArray()).ToList();
        lstm.zero_grad();
        var (y5, (hn5, cn5)) = lstm.forward(x, (h0, c0));
        y5.backward(torch.cat([g, torch.zeros(n - 1, l, 2 * h)], 0));
        AssertClose(y5.narrow(0, 0, 1).contiguous().ToArray(), y1.ToArray());
        AssertClose(hn5.narrow(1, 0, 1).contiguous().ToArray(), hn1.ToArray());
        AssertClose(cn5.narrow(1, 0, 1).contiguous().ToArray(), cn1.ToArray());
        AssertClose(x.grad!.narrow(0, 0, 1).contiguous().ToArray(), x1.grad!.ToArray());
        var grads5 = lstm.parameters().Select(p => p.grad!.ToArray()).ToList();
        for (var i = 0; i < grads1.Count; i++)
        {
            AssertClose(grads5[i], grads1[i]);
        }
    }

    private static void AssertClose(float[] expected, float[] actual) => Close.Elements(expected, actual, Tolerances.KernelRtol);
}
