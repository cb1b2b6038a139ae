// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Autograd;

/// <summary>Runs reverse-mode differentiation over the tape recorded by tensor operations.</summary>
/// <remarks>
/// Backward visits tensors in reverse topological order (found by an iterative depth-first search that marks tensors
/// with an epoch stamp instead of a hash set), so each node runs once after all of its consumers have added their
/// gradients. The graph is freed after backward unless <c>retain_graph</c> is true.
/// </remarks>
public static class Engine
{
    private static int _epoch;

    [ThreadStatic]
    private static bool _retainingGraph;

    /// <summary>True while a backward with retain_graph = true runs on this thread (nodes then keep their pooled buffers).</summary>
    internal static bool RetainingGraph => _retainingGraph;

    /// <summary>Records <paramref name="output"/> as produced by an operation when grad mode is on and an input needs a gradient.</summary>
    /// <param name="output">The operation's result.</param>
    /// <param name="name">Operation name, for error messages and summaries.</param>
    /// <param name="backward">Turns the output gradient into input gradients via <see cref="Accumulate"/>.</param>
    /// <param name="inputs">The differentiable inputs.</param>
    /// <returns><paramref name="output"/>, for chaining.</returns>
    internal static Tensor Record(Tensor output, string name, Action<Tensor> backward, params Tensor[] inputs)
    {
        if (!NeedsGrad(inputs))
        {
            return output;
        }

        output.GradFn = new Node(name, inputs, backward);
        output.RequiresGradFlag = true;
        return output;
    }

    /// <summary>True when grad mode is on and any input requires a gradient.</summary>
    internal static bool NeedsGrad(params Tensor[] inputs)
    {
        if (!GradMode.IsEnabled)
        {
            return false;
        }

        foreach (var t in inputs)
        {
            if (t.RequiresGradFlag)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc cref="NeedsGrad(Tensor[])"/>
    internal static bool NeedsGrad(Tensor a) => GradMode.IsEnabled && a.RequiresGradFlag;

    /// <summary>Adds <paramref name="grad"/> to the pending gradient of <paramref name="tensor"/>.</summary>
    /// <param name="tensor">An input of the node being differentiated.</param>
    /// <param name="grad">Gradient with the same shape as <paramref name="tensor"/>; it may be shared, so it is copied before any in-place add.</param>
    internal static void Accumulate(Tensor tensor, Tensor grad)
    {
        if (!tensor.RequiresGradFlag)
        {
            return;
        }

        if (grad.NumelInt != tensor.NumelInt)
        {
            throw new InvalidOperationException(
                $"backward: expected a gradient of shape {Shape.Format(tensor.Dims)} but got {Shape.Format(grad.Dims)}. This is a bug in the backward of the op that produced it.");
        }

        if (grad.DType != tensor.DType)
        {
            throw new InvalidOperationException(
                $"backward: expected a {tensor.DType} gradient for a {tensor.DType} tensor {Shape.Format(tensor.Dims)} but got {grad.DType}. This is a bug in the backward of the op that produced it.");
        }

        if (tensor.PendingGrad is null)
        {
            tensor.PendingGrad = grad;
            tensor.PendingGradOwned = false;
            return;
        }

        if (!tensor.PendingGradOwned)
        {
            tensor.PendingGrad = tensor.PendingGrad.CloneData();
            tensor.PendingGradOwned = true;
        }

        if (tensor.PendingGrad.IsF64)
        {
            System.Numerics.Tensors.TensorPrimitives.Add<double>(tensor.PendingGrad.Span64, grad.Span64, tensor.PendingGrad.Span64);
            return;
        }

        System.Numerics.Tensors.TensorPrimitives.Add(tensor.PendingGrad.Span, grad.Span, tensor.PendingGrad.Span);
    }

    /// <summary>As <see cref="Accumulate"/>, for a gradient buffer the caller has just made and hands over (nothing else references it).</summary>
    /// <remarks>The buffer becomes the pending gradient, and at a leaf the .grad, without a copy (PyTorch's AccumulateGrad steals such a buffer too).</remarks>
    internal static void AccumulateOwned(Tensor tensor, Tensor grad)
    {
        if (tensor.RequiresGradFlag && tensor.PendingGrad is null && grad.NumelInt == tensor.NumelInt && grad.DType == tensor.DType)
        {
            tensor.PendingGrad = grad;
            tensor.PendingGradOwned = true;
            return;
        }

        Accumulate(tensor, grad);
    }

    /// <summary>Adds into part of <paramref name="tensor"/>'s pending gradient without building a full-size gradient per call.</summary>
    /// <param name="tensor">An input of the node being differentiated.</param>
    /// <param name="add">Adds the contribution into the (zero-initialised, owned) gradient buffer of tensor's shape.</param>
    /// <remarks>Slicing one time step out of a sequence then costs O(step), not O(sequence), per backward call.</remarks>
    internal static void AccumulateInto(Tensor tensor, Action<Span<float>> add)
    {
        if (!tensor.RequiresGradFlag)
        {
            return;
        }

        if (tensor.PendingGrad is null)
        {
            tensor.PendingGrad = Tensor.Zeros(tensor.Dims);
            tensor.PendingGradOwned = true;
        }
        else if (!tensor.PendingGradOwned)
        {
            tensor.PendingGrad = tensor.PendingGrad.CloneData();
            tensor.PendingGradOwned = true;
        }

        add(tensor.PendingGrad.Span);
    }

    /// <summary>Back-propagates from <paramref name="root"/>.</summary>
    /// <param name="root">Output tensor; a scalar unless <paramref name="gradient"/> is given.</param>
    /// <param name="gradient">Gradient of some scalar with respect to <paramref name="root"/>; default: ones for a scalar root.</param>
    /// <param name="retainGraph">Keep the tape so backward can run again. Default: false.</param>
    internal static void Backward(Tensor root, Tensor? gradient, bool retainGraph)
    {
        if (!root.RequiresGradFlag)
        {
            throw new InvalidOperationException("backward: expected a tensor that requires grad but got one with requires_grad = false. Call requires_grad_() on a leaf before the forward pass, and do not run it under no_grad().");
        }

        if (gradient is null && root.NumelInt != 1)
        {
            throw new InvalidOperationException($"backward: expected a scalar output but got shape {Shape.Format(root.Dims)}. Reduce it (sum/mean) or pass a gradient of the same shape.");
        }

        if (gradient is not null && gradient.NumelInt != root.NumelInt)
        {
            throw new ArgumentException($"backward: expected a gradient of shape {Shape.Format(root.Dims)} but got {Shape.Format(gradient.Dims)}.", nameof(gradient));
        }

        if (gradient is not null && gradient.DType != root.DType)
        {
            throw new ArgumentException($"backward: expected a {root.DType} gradient (the output's dtype) but got {gradient.DType}.", nameof(gradient));
        }

        var order = TopologicalOrder(root);
        root.PendingGrad = gradient ?? Tensor.OnesLike(root);
        root.PendingGradOwned = false;
        var outerRetain = _retainingGraph;
        _retainingGraph = retainGraph;
        using (new NoGradScope(false))
        {
            for (var i = order.Count - 1; i >= 0; i--)
            {
                var t = order[i];
                var g = t.PendingGrad;
                var owned = t.PendingGradOwned;
                t.PendingGrad = null;
                if (g is null)
                {
                    continue;
                }

                if (t.Hooks is not null)
                {
                    owned = false; // a hook may keep the gradient it was given

                    foreach (var hook in t.Hooks)
                    {
                        g = hook(g) ?? g;
                    }
                }

                if (t.GradFn is null)
                {
                    t.AccumulateLeafGrad(g, owned);
                    continue;
                }

                if (t.RetainsGrad)
                {
                    t.grad = g.CloneData().DetachFromDisposeScope();
                }

                t.GradFn.CheckInputVersions();
                try
                {
                    t.GradFn.Backward(g);
                }
                catch (ObjectDisposedException e)
                {
                    throw new ObjectDisposedException(
                        $"backward: {t.GradFn.Name} needs a tensor it saved in the forward pass, but that tensor was disposed (by Dispose() or its dispose scope) " +
                        "before backward ran. Run backward inside the scope of the forward pass, or keep the tensor with MoveToOuterDisposeScope().",
                        e);
                }

                // The backward closure reads g through spans; without this, g (referenced nowhere else once PendingGrad
                // is cleared) could be collected mid-closure and its array lent to a tensor the closure allocates
                // afterwards, e.g. Conv1d's weight-gradient scratch overwriting the gradient it is reading.
                GC.KeepAlive(g);
                if (!retainGraph)
                {
                    t.GradFn = null;
                }
            }
        }

        _retainingGraph = outerRetain;
    }

    private static List<Tensor> TopologicalOrder(Tensor root)
    {
        var epoch = Interlocked.Increment(ref _epoch);
        var order = new List<Tensor>();
        var stack = new Stack<(Tensor Tensor, int Next)>();
        root.VisitEpoch = epoch;
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (t, next) = stack.Pop();
            var inputs = t.GradFn?.Inputs;
            if (inputs is not null && next < inputs.Length)
            {
                stack.Push((t, next + 1));
                var child = inputs[next];
                if (child.RequiresGradFlag && child.VisitEpoch != epoch)
                {
                    child.VisitEpoch = epoch;
                    stack.Push((child, 0));
                }

                continue;
            }

            order.Add(t);
        }

        // order is post-order (inputs before outputs); callers walk it backwards.
        return order;
    }
}
