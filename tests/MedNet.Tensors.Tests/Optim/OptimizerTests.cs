// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.Optim;

public class OptimizerTests
{
    [Fact]
    public void SGD_Momentum_FollowsPyTorchRule()
    {
        var p = torch.tensor([1f], [1], requires_grad: true);
        var opt = torch.optim.SGD([p], lr: 0.1, momentum: 0.9);
        p.grad = torch.tensor([1f], [1]);
        opt.step(); // b = 1, p = 1 − 0.1
        p.grad = torch.tensor([1f], [1]);
        opt.step(); // b = 0.9 + 1 = 1.9, p = 0.9 − 0.19
        Assert.Equal(0.71f, p.item(), 6);
    }

    [Fact]
    public void Adam_FirstStep_MovesByLr()
    {
        // With bias correction, the first Adam step is lr·g/(|g| + eps) ≈ lr·sign(g).
        var p = torch.tensor([1f, -2f], [2], requires_grad: true);
        var opt = torch.optim.Adam([p], lr: 0.01);
        p.grad = torch.tensor([0.5f, -3f], [2]);
        opt.step();
        Assert.Equal(0.99f, p.ToArray()[0], 5);
        Assert.Equal(-1.99f, p.ToArray()[1], 5);
    }

    [Fact]
    public void AdamW_DecaysWeightsBeforeStep()
    {
        var p = torch.tensor([2f], [1], requires_grad: true);
        var opt = torch.optim.AdamW([p], lr: 0.1, weight_decay: 0.5);
        p.grad = torch.tensor([0f], [1]);
        opt.step();
        // Zero gradient: only the decoupled decay acts, θ·(1 − lr·wd) = 2·0.95.
        Assert.Equal(1.9f, p.item(), 6);
    }

    [Fact]
    public void StepLR_DecaysEveryStepSize()
    {
        var opt = torch.optim.SGD([torch.zeros(1).requires_grad_()], lr: 1.0);
        var sched = torch.optim.lr_scheduler.StepLR(opt, step_size: 2, gamma: 0.5);
        var lrs = new List<double>();
        for (var e = 0; e < 5; e++)
        {
            lrs.Add(sched.get_last_lr()[0]);
            sched.step();
        }

        Assert.Equal(new[] { 1.0, 1.0, 0.5, 0.5, 0.25 }, lrs);
    }

    [Fact]
    public void ClipGradNorm_ScalesToMaxNorm()
    {
        var a = torch.zeros(2).requires_grad_();
        var b = torch.zeros(1).requires_grad_();
        a.grad = torch.tensor([3f, 0f], [2]);
        b.grad = torch.tensor([4f], [1]);
        var total = torch.nn.utils.clip_grad_norm_([a, b], max_norm: 1.0);
        Assert.Equal(0, total.dim());
        Assert.Equal(5f, total.item(), 5);
        Assert.Equal(0.6f, a.grad.ToArray()[0], 5);
        Assert.Equal(0.8f, b.grad.item(), 5);
    }

    [Fact]
    public void Training_LinearRegression_Converges()
    {
        torch.manual_seed(0);
        var model = torch.nn.Linear(2, 1);
        var opt = torch.optim.Adam(model.parameters(), lr: 0.05);
        var x = torch.randn(64, 2);
        var y = x.matmul(torch.tensor([2f, -1f], [2, 1])) + 0.5f;
        float loss = 0;
        for (var i = 0; i < 300; i++)
        {
            opt.zero_grad();
            var l = torch.nn.functional.mse_loss(model.call(x), y);
            l.backward();
            opt.step();
            loss = l.item();
        }

        Assert.True(loss < 1e-4, $"loss {loss}");
    }
}
