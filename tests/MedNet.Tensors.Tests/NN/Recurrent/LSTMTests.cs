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
}
