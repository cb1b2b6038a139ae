// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Base of every layer, like <c>torch.nn.Module</c>: named parameters, buffers and children, train/eval, state_dict.</summary>
/// <remarks>Names are dotted paths in registration order, as PyTorch's (<c>layers.0.weight</c>), so state dicts move between the two.</remarks>
public abstract partial class Module
{
    private readonly List<KeyValuePair<string, Tensor>> _parameters = [];
    private readonly List<KeyValuePair<string, Tensor>> _buffers = [];
    private readonly List<KeyValuePair<string, Module>> _modules = [];

    /// <summary>True in training mode (Dropout active, BatchNorm uses batch statistics). Default: true.</summary>
    public bool training { get; private set; } = true;

    /// <summary>Called with this module and its output after each forward (used by summaries and hooks).</summary>
    internal List<Action<Module, object?>>? OutputObservers { get; set; }

    /// <summary>Sets training mode on this module and all children.</summary>
    /// <param name="mode">True for training. Default: true.</param>
    /// <returns>This module.</returns>
    public Module train(bool mode = true)
    {
        training = mode;
        foreach (var (_, m) in _modules)
        {
            m.train(mode);
        }

        return this;
    }

    /// <summary>Sets evaluation mode (same as <c>train(false)</c>).</summary>
    /// <returns>This module.</returns>
    public Module eval() => train(false);

    /// <summary>Parameters with dotted names, depth first in registration order.</summary>
    /// <param name="recurse">Include children. Default: true.</param>
    /// <returns>(name, parameter) pairs.</returns>
    public IEnumerable<(string name, Tensor parameter)> named_parameters(bool recurse = true)
    {
        foreach (var (n, p) in _parameters)
        {
            yield return (n, p);
        }

        if (!recurse)
        {
            yield break;
        }

        foreach (var (cn, c) in _modules)
        {
            foreach (var (n, p) in c.named_parameters())
            {
                yield return ($"{cn}.{n}", p);
            }
        }
    }

    /// <summary>All parameters, depth first.</summary>
    /// <param name="recurse">Include children. Default: true.</param>
    /// <returns>The parameters.</returns>
    public IEnumerable<Tensor> parameters(bool recurse = true)
    {
        foreach (var (_, p) in named_parameters(recurse))
        {
            yield return p;
        }
    }

    /// <summary>Buffers (running statistics) with dotted names.</summary>
    /// <param name="recurse">Include children. Default: true.</param>
    /// <returns>(name, buffer) pairs.</returns>
    public IEnumerable<(string name, Tensor buffer)> named_buffers(bool recurse = true)
    {
        foreach (var (n, b) in _buffers)
        {
            yield return (n, b);
        }

        if (!recurse)
        {
            yield break;
        }

        foreach (var (cn, c) in _modules)
        {
            foreach (var (n, b) in c.named_buffers())
            {
                yield return ($"{cn}.{n}", b);
            }
        }
    }

    /// <summary>Direct children with their names.</summary>
    /// <returns>(name, module) pairs.</returns>
    public IEnumerable<(string name, Module module)> named_children()
    {
        foreach (var (n, m) in _modules)
        {
            yield return (n, m);
        }
    }

    /// <summary>This module ("") and all descendants with dotted names.</summary>
    /// <returns>(name, module) pairs.</returns>
    public IEnumerable<(string name, Module module)> named_modules()
    {
        yield return (string.Empty, this);
        foreach (var (cn, c) in _modules)
        {
            foreach (var (n, m) in c.named_modules())
            {
                yield return (n.Length == 0 ? cn : $"{cn}.{n}", m);
            }
        }
    }

    /// <summary>Clears every parameter's gradient: to null by default (PyTorch 2's <c>set_to_none = True</c>; PyTorch 1.13 zeroed them).</summary>
    /// <param name="set_to_none">True (default): gradients become null. False: existing gradients are filled with zeros.</param>
    public void zero_grad(bool set_to_none = true)
    {
        foreach (var p in parameters())
        {
            if (set_to_none)
            {
                p.grad = null;
            }
            else
            {
                p.grad?.zero_();
            }
        }
    }

    /// <summary>Number of parameter elements.</summary>
    /// <param name="trainable_only">Count only parameters with requires_grad. Default: false.</param>
    /// <returns>The count.</returns>
    public long parameter_count(bool trainable_only = false)
    {
        long n = 0;
        foreach (var p in parameters())
        {
            if (!trainable_only || p.requires_grad)
            {
                n += p.numel();
            }
        }

        return n;
    }

    /// <summary>Layer-specific settings for summaries, like PyTorch's <c>extra_repr</c>.</summary>
    /// <returns>For example "2, 4, kernel_size=3".</returns>
    public virtual string extra_repr() => string.Empty;

    /// <summary>The type name, as PyTorch prints it.</summary>
    /// <returns>For example "Conv1d(2, 4, kernel_size=3)".</returns>
    public override string ToString() => $"{GetType().Name}({extra_repr()})";

    /// <summary>Adds a learnable parameter (requires_grad is set).</summary>
    /// <param name="name">Name without dots.</param>
    /// <param name="parameter">The tensor.</param>
    /// <returns>The same tensor.</returns>
    protected Tensor register_parameter(string name, Tensor parameter)
    {
        parameter.requires_grad_(true).DetachFromDisposeScope();
        Set(_parameters, name, parameter);
        return parameter;
    }

    /// <summary>Adds a buffer: state saved in state_dict but not trained.</summary>
    /// <param name="name">Name without dots.</param>
    /// <param name="buffer">The tensor.</param>
    /// <returns>The same tensor.</returns>
    protected Tensor register_buffer(string name, Tensor buffer)
    {
        Set(_buffers, name, buffer.DetachFromDisposeScope());
        return buffer;
    }

    /// <summary>Adds a child module.</summary>
    /// <typeparam name="T">Module type.</typeparam>
    /// <param name="name">Name without dots.</param>
    /// <param name="module">The child.</param>
    /// <returns>The same module.</returns>
    protected T register_module<T>(string name, T module)
        where T : Module
    {
        Set(_modules, name, module);
        return module;
    }

    /// <summary>Removes a parameter by name (weight_norm replaces <c>weight</c> by <c>weight_g</c> and <c>weight_v</c>).</summary>
    internal void RemoveParameter(string name) => _parameters.RemoveAll(p => p.Key == name);

    /// <summary>Adds a parameter from outside the module (weight_norm).</summary>
    internal Tensor AddParameter(string name, Tensor parameter) => register_parameter(name, parameter);

    internal void NotifyOutput(object? output)
    {
        if (OutputObservers is null)
        {
            return;
        }

        foreach (var o in OutputObservers)
        {
            o(this, output);
        }
    }

    private static void Set<T>(List<KeyValuePair<string, T>> list, string name, T value)
    {
        if (name.Contains('.', StringComparison.Ordinal) || name.Length == 0)
        {
            throw new ArgumentException($"Module: expected a non-empty name without dots but got '{name}'.", nameof(name));
        }

        var i = list.FindIndex(p => p.Key == name);
        if (i >= 0)
        {
            list[i] = new(name, value);
        }
        else
        {
            list.Add(new(name, value));
        }
    }
}
