// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.Classification;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Explainability;

/// <summary>Grad-CAM for a 1-D convolutional layer chosen by its module name (Selvaraju et al., ICCV 2017, Eq. 1–2).</summary>
/// <remarks>
/// For the layer's output A (B, K, L') and a score y per window: α_k = (1/L') Σ_t ∂y/∂A_k(t) (global-average-pooled
/// gradients, Eq. 1), map(t) = ReLU(Σ_k α_k A_k(t)) (Eq. 2), then linear interpolation to the input length (the paper's
/// bilinear upsampling in one dimension; half-pixel centres, as <c>F.interpolate(mode="linear")</c>). The maps are not
/// normalised. Cost: one forward and one backward of the model; the activation is read by a forward hook
/// (<see cref="Module{TIn, TOut}.register_forward_hook"/>) that is removed afterwards. The layers of the MSA classifier
/// and of DTAAD/MED-Net mix leads in their first convolution, so there is one map per window, not per lead.
/// Backward accumulates into the parameters' <c>grad</c>; they are reset with <c>zero_grad()</c> after each call.
/// </remarks>
public sealed class GradCam
{
    private readonly Module _model;
    private readonly Module<Tensor, Tensor> _layer;

    /// <summary>Selects the layer.</summary>
    /// <param name="model">The network containing the layer (the root whose <c>named_modules()</c> lists it).</param>
    /// <param name="layerName">Dotted name, e.g. <c>block0.branches.1.conv</c> or <c>l_tcn.levels.0</c>; see <see cref="ConvLayerNames"/>.</param>
    public GradCam(Module model, string layerName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(layerName);
        Module? found = null;
        foreach (var (name, module) in model.named_modules())
        {
            if (name == layerName)
            {
                found = module;
                break;
            }
        }

        if (found is null)
        {
            throw new ArgumentException(
                $"GradCam: {model.GetType().Name} has no module named '{layerName}'. Convolutional layers: {string.Join(", ", ConvLayerNames(model))}.", nameof(layerName));
        }

        if (found is not Module<Tensor, Tensor> single)
        {
            throw new ArgumentException(
                $"GradCam: module '{layerName}' ({found.GetType().Name}) does not return a single (B, K, L') tensor. Convolutional layers: {string.Join(", ", ConvLayerNames(model))}.", nameof(layerName));
        }

        _model = model;
        _layer = single;
        LayerName = layerName;
    }

    /// <summary>The explained layer's dotted name.</summary>
    public string LayerName { get; }

    /// <summary>Names of the 1-D convolutional layers of a model (Conv1d, DTAAD's causal convolution, the MSA's conv-BN-ReLU blocks), in module order.</summary>
    /// <param name="model">Any module.</param>
    /// <returns>Dotted names usable as <c>layerName</c>.</returns>
    public static IReadOnlyList<string> ConvLayerNames(Module model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var names = new List<string>();
        foreach (var (name, module) in model.named_modules())
        {
            if (module is Conv1d or WeightNormCausalConv1d or ConvBnRelu)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Grad-CAM maps for a batch.</summary>
    /// <param name="input">(B, C, L) windows as the model takes them.</param>
    /// <param name="score">Score per window, (B, C, L) ↦ (B); see <see cref="ExplanationTargets"/>. It must run the model containing the layer.</param>
    /// <returns>The maps.</returns>
    public GradCamResult Compute(Tensor input, Func<Tensor, Tensor> score)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(score);
        if (input.dim() != 3)
        {
            throw new ArgumentException($"GradCam: expected input (B, C, L) but got ({string.Join(", ", input.shape)}).", nameof(input));
        }

        int b = (int)input.size(0), length = (int)input.size(2);
        Tensor? activation = null;
        var calls = 0;
        using var handle = _layer.register_forward_hook((_, _, output) =>
        {
            calls++;
            activation = output.retain_grad();
        });
        Tensor y;
        using (torch.enable_grad())
        {
            y = score(input);
        }

        handle.remove();
        if (calls != 1 || activation is null)
        {
            throw new InvalidOperationException($"GradCam: layer '{LayerName}' ran {calls} times in one forward; Grad-CAM needs exactly one call (is the score running the model that contains it?).");
        }

        if (activation.dim() != 3 || activation.size(0) != b)
        {
            throw new ArgumentException(
                $"GradCam: layer '{LayerName}' has no time axis: its output is ({string.Join(", ", activation.shape)}), expected (B = {b}, K, L'). Convolutional layers: {string.Join(", ", ConvLayerNames(_model))}.", "layerName");
        }

        if (y.dim() != 1 || y.size(0) != b)
        {
            throw new ArgumentException($"GradCam: the score must return (B = {b}) but returned ({string.Join(", ", y.shape)}).", nameof(score));
        }

        if (!activation.requires_grad)
        {
            throw new InvalidOperationException($"GradCam: the output of '{LayerName}' is not on the autograd tape (is the model's forward under no_grad?).");
        }

        var scores = y.detach().ToArray();
        y.sum().backward();
        var grad = activation.grad ?? throw new InvalidOperationException($"GradCam: the score does not depend on layer '{LayerName}'.");
        int k = (int)activation.size(1), lp = (int)activation.size(2);
        var a = activation.detach().ToArray();
        var g = grad.ToArray();
        _model.zero_grad();

        var weights = new float[b * k];
        var layerMap = new float[b * lp];
        var map = new float[b * length];
        for (var s = 0; s < b; s++)
        {
            var cam = layerMap.AsSpan(s * lp, lp);
            for (var c = 0; c < k; c++)
            {
                var offset = ((s * k) + c) * lp;
                var alpha = System.Numerics.Tensors.TensorPrimitives.Sum<float>(g.AsSpan(offset, lp)) / lp;
                weights[(s * k) + c] = alpha;
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(a.AsSpan(offset, lp), alpha, cam, cam);
            }

            System.Numerics.Tensors.TensorPrimitives.Max(cam, 0f, cam);
            Upsample(cam, map.AsSpan(s * length, length));
        }

        return new GradCamResult(LayerName, b, length, lp, k, map, layerMap, weights, scores);
    }

    /// <summary>Linear interpolation with half-sample centres, as <c>F.interpolate(mode="linear", align_corners=False)</c>.</summary>
    /// <param name="source">L' values, L' ≥ 1.</param>
    /// <param name="destination">L values.</param>
    public static void Upsample(ReadOnlySpan<float> source, Span<float> destination)
    {
        if (source.IsEmpty)
        {
            throw new ArgumentException("GradCam.Upsample: expected at least one source value.", nameof(source));
        }

        if (source.Length == destination.Length)
        {
            source.CopyTo(destination);
            return;
        }

        var scale = (double)source.Length / destination.Length;
        var last = source.Length - 1;
        for (var i = 0; i < destination.Length; i++)
        {
            var x = Math.Max(0, ((i + 0.5) * scale) - 0.5);
            var i0 = Math.Min((int)x, last);
            var i1 = Math.Min(i0 + 1, last);
            var w = (float)(x - i0);
            destination[i] = source[i0] + (w * (source[i1] - source[i0]));
        }
    }
}
