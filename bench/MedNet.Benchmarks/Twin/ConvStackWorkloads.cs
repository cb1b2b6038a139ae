// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.Optim;

namespace MedNet.Benchmarks.Twin;

/// <summary>The conv stack's forward + backward (train mode, gradients zeroed each iteration).</summary>
internal sealed class ConvStackForwardBackward : ITwinWorkload
{
    private ConvStack _stack = null!;

    public string Name => "conv_stack/fwd_bwd";

    public int Threads { get; set; } = 1;

    public void Setup() => _stack = new ConvStack();

    public void Run()
    {
        _stack.ZeroGrad();
        _stack.Loss().backward();
    }
}

/// <summary>The conv stack's training step: zero_grad, forward, backward, Adam(lr 1e-3).</summary>
internal sealed class ConvStackTrainStep : ITwinWorkload
{
    private ConvStack _stack = null!;
    private Adam _opt = null!;

    public string Name => "conv_stack/train_adam";

    public int Threads { get; set; } = 1;

    public void Setup()
    {
        _stack = new ConvStack();
        _opt = torch.optim.Adam(_stack.Parameters(), lr: 1e-3);
    }

    public void Run()
    {
        _opt.zero_grad();
        _stack.Loss().backward();
        _opt.step();
    }
}

/// <summary>The conv stack's inference: eval mode, no_grad, logits only.</summary>
internal sealed class ConvStackInference : ITwinWorkload
{
    private ConvStack _stack = null!;

    public string Name => "conv_stack/infer";

    public int Threads { get; set; } = 1;

    public void Setup()
    {
        _stack = new ConvStack();
        _stack.Model.eval();
        _stack.Head.eval();
    }

    public void Run()
    {
        using (torch.no_grad())
        {
            _stack.Logits();
        }
    }
}

/// <summary>Adam's step alone over the conv stack's parameters (gradients computed once in setup).</summary>
internal sealed class ConvStackAdamStep : ITwinWorkload
{
    private Adam _opt = null!;

    public string Name => "conv_stack/adam_step";

    public int Threads { get; set; } = 1;

    public void Setup()
    {
        var stack = new ConvStack();
        _opt = torch.optim.Adam(stack.Parameters(), lr: 1e-3);
        stack.Loss().backward();
    }

    public void Run() => _opt.step();
}
