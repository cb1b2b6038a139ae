// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>A module with a typed <see cref="forward"/>; call it through <see cref="call"/> so hooks run.</summary>
/// <typeparam name="TIn">Input type (a tensor or a tuple of tensors).</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
public abstract class Module<TIn, TOut> : Module
{
    private List<Action<Module, TIn>>? _preHooks;
    private List<Action<Module, TIn, TOut>>? _hooks;
    private List<Action<Module, Tensor>>? _backwardHooks;

    /// <summary>The computation of this layer.</summary>
    /// <param name="input">Input.</param>
    /// <returns>Output.</returns>
    public abstract TOut forward(TIn input);

    /// <summary>Runs pre-hooks, <see cref="forward"/>, forward hooks and attaches backward hooks, like calling a PyTorch module.</summary>
    /// <param name="input">Input.</param>
    /// <returns>Output.</returns>
    public TOut call(TIn input)
    {
        if (_preHooks is not null)
        {
            foreach (var h in _preHooks)
            {
                h(this, input);
            }
        }

        var output = forward(input);
        if (_hooks is not null)
        {
            foreach (var h in _hooks)
            {
                h(this, input, output);
            }
        }

        if (_backwardHooks is not null && output is Tensor t && t.requires_grad)
        {
            foreach (var h in _backwardHooks)
            {
                t.register_hook(g =>
                {
                    h(this, g);
                    return null;
                });
            }
        }

        NotifyOutput(output);
        return output;
    }

    /// <summary>Registers a hook run before each forward (weight_norm recomputes the weight here).</summary>
    /// <param name="hook">Receives the module and its input.</param>
    /// <returns>A handle whose <c>remove()</c> unregisters the hook.</returns>
    public HookHandle register_forward_pre_hook(Action<Module, TIn> hook)
    {
        (_preHooks ??= []).Add(hook);
        return new HookHandle(() => _preHooks.Remove(hook));
    }

    /// <summary>Registers a hook run after each forward with the input and output (Grad-CAM reads activations here).</summary>
    /// <param name="hook">Receives the module, its input and its output.</param>
    /// <returns>A handle whose <c>remove()</c> unregisters the hook.</returns>
    public HookHandle register_forward_hook(Action<Module, TIn, TOut> hook)
    {
        (_hooks ??= []).Add(hook);
        return new HookHandle(() => _hooks.Remove(hook));
    }

    /// <summary>Registers a hook called during backward with the gradient of the loss with respect to this module's output.</summary>
    /// <param name="hook">Receives the module and grad_output (shape of the output).</param>
    /// <returns>A handle whose <c>remove()</c> unregisters the hook.</returns>
    /// <remarks>Differs from PyTorch: only grad_output is passed (no grad_input), and only for modules returning one tensor.</remarks>
    public HookHandle register_full_backward_hook(Action<Module, Tensor> hook)
    {
        (_backwardHooks ??= []).Add(hook);
        return new HookHandle(() => _backwardHooks.Remove(hook));
    }
}
