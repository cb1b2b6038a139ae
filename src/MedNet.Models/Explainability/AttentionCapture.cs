// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.Classification;
using MedNet.Tensors;
using MedNet.Tensors.NN;
using MedNetChannelAttention = MedNet.Models.AnomalyDetection.MedNet.ChannelAttention;
using SeChannelAttention = MedNet.Models.Classification.ChannelAttention;

namespace MedNet.Models.Explainability;

/// <summary>
/// Captures attention weights by module name during one forward of a model: the MSA classifier's MHSA, spatial, guided and
/// channel attention, DTAAD's two transformer encoders and MED-Net's attention blocks, per head (and averaged through
/// <see cref="AttentionMap.HeadAverage"/>).
/// </summary>
/// <remarks>
/// A forward pre-hook (<see cref="Module{TIn, TOut}.register_forward_pre_hook"/>) reads the attention module's input and
/// recomputes its weights from its own parameters, without gradients, so the model's forward and outputs are untouched and
/// the hooks are removed afterwards. Self-attention weights are the softmax probabilities before dropout, as
/// <c>MultiheadAttention(need_weights: true)</c> returns them in this kit (PyTorch returns them after dropout in training);
/// the model must therefore be in eval mode, where the two agree and dropout is off. A name may also be the
/// <c>MultiheadAttention</c> child itself (e.g. <c>transformer_encoder1.self_attn</c>): its block is hooked, because the
/// block calls it directly; likewise <c>guided_attention.map</c> (the data-driven part s of the guided gate) is read
/// through its guided block. Gates are sigmoid maps: their values are in (0, 1) and do not sum to 1.
/// </remarks>
public static class AttentionCapture
{
    /// <summary>Names of every module whose attention this class can capture, in module order.</summary>
    /// <param name="model">Any module.</param>
    /// <returns>Dotted names.</returns>
    public static IReadOnlyList<string> AttentionModuleNames(Module model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var names = new List<string>();
        foreach (var (name, module) in model.named_modules())
        {
            if (module is TemporalSelfAttention or DtaadEncoderLayer or MedNetChannelAttention or SpatialAttention or GuidedSpatialAttention or SeChannelAttention)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Runs <paramref name="forward"/> once and returns the attention of each named module, in the order of the names.</summary>
    /// <param name="model">The root whose <c>named_modules()</c> lists the modules; in eval mode.</param>
    /// <param name="forward">One forward of the model (e.g. <c>() => model.call(x)</c>); each named module must run exactly once in it.</param>
    /// <param name="moduleNames">Dotted names; see <see cref="AttentionModuleNames"/>.</param>
    /// <returns>One map per name.</returns>
    public static IReadOnlyList<AttentionMap> Capture(Module model, Action forward, params string[] moduleNames)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(moduleNames);
        if (moduleNames.Length == 0)
        {
            throw new ArgumentException($"AttentionCapture: name at least one module; attention modules of {model.GetType().Name}: {Listing(model)}.", nameof(moduleNames));
        }

        if (model.training)
        {
            throw new ArgumentException(
                $"AttentionCapture: {model.GetType().Name} is in training mode; call eval() first (captured weights are taken before dropout, which only eval mode makes equal to the weights used).",
                nameof(model));
        }

        var modules = new Dictionary<string, Module>(StringComparer.Ordinal);
        foreach (var (name, module) in model.named_modules())
        {
            modules[name] = module;
        }

        var captured = new AttentionMap?[moduleNames.Length];
        var calls = new int[moduleNames.Length];
        var handles = new List<HookHandle>();
        try
        {
            for (var i = 0; i < moduleNames.Length; i++)
            {
                handles.Add(Hook(model, modules, moduleNames[i], i, captured, calls));
            }

            using var _ = torch.no_grad();
            forward();
        }
        finally
        {
            foreach (var handle in handles)
            {
                handle.remove();
            }
        }

        var result = new AttentionMap[moduleNames.Length];
        for (var i = 0; i < moduleNames.Length; i++)
        {
            if (calls[i] != 1)
            {
                throw new InvalidOperationException(
                    $"AttentionCapture: module '{moduleNames[i]}' ran {calls[i]} times in the forward; exactly one call is needed (is the forward running the model that contains it, and is the module called through call()?).");
            }

            result[i] = captured[i]!;
        }

        return result;
    }

    private static string Listing(Module model)
    {
        var names = AttentionModuleNames(model);
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }

    private static HookHandle Hook(Module model, Dictionary<string, Module> modules, string name, int slot, AttentionMap?[] captured, int[] calls)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!modules.TryGetValue(name, out var module))
        {
            throw new ArgumentException($"AttentionCapture: {model.GetType().Name} has no module named '{name}'. Attention modules: {Listing(model)}.", nameof(name));
        }

        var hookName = name;
        if (module is MultiheadAttention)
        {
            var dot = name.LastIndexOf('.');
            var parent = dot < 0 ? null : modules.GetValueOrDefault(name[..dot]);
            if (parent is not (TemporalSelfAttention or DtaadEncoderLayer or MedNetChannelAttention))
            {
                throw new ArgumentException($"AttentionCapture: '{name}' is a MultiheadAttention outside a known attention block. Attention modules: {Listing(model)}.", nameof(name));
            }

            hookName = name[..dot];
            module = parent;
        }

        void Store(AttentionKind kind, Tensor weights, int heads, int queries, int keys)
        {
            calls[slot]++;
            var b = (int)weights.size(0);
            captured[slot] = new AttentionMap(name, kind, b, heads, queries, keys, weights.contiguous().ToArray());
        }

        // The data-driven map s inside guided attention is called as map.Map(x), not through call(): hook its block instead.
        var mapDot = name.LastIndexOf('.');
        if (module is SpatialAttention && mapDot > 0 && modules.GetValueOrDefault(name[..mapDot]) is GuidedSpatialAttention owner)
        {
            return owner.register_forward_pre_hook((_, input) =>
            {
                var s = owner.map.Map(input.input); // (B, 1, L)
                Store(AttentionKind.SpatialGate, s, 1, 1, (int)s.size(2));
            });
        }

        switch (module)
        {
            case TemporalSelfAttention mhsa:
                return mhsa.register_forward_pre_hook((_, input) =>
                {
                    var tokens = input.transpose(1, 2); // (B, L, C)
                    var w = mhsa.attention.forward(tokens, tokens, tokens, need_weights: true, average_attn_weights: false).weights!; // (B, H, L, L)
                    Store(AttentionKind.SelfAttention, w, (int)w.size(1), (int)w.size(2), (int)w.size(3));
                });
            case DtaadEncoderLayer encoder:
                var inner = (MultiheadAttention)modules[hookName + ".self_attn"];
                return encoder.register_forward_pre_hook((_, input) =>
                {
                    var w = DtaadAttention.Weights(inner, input); // (B, H, T, T)
                    Store(AttentionKind.SelfAttention, w, (int)w.size(1), (int)w.size(2), (int)w.size(3));
                });
            case MedNetChannelAttention block:
                return block.register_forward_pre_hook((_, input) =>
                {
                    var w = block.attention_weights(input); // (B, H, T, T)
                    Store(AttentionKind.SelfAttention, w, (int)w.size(1), (int)w.size(2), (int)w.size(3));
                });
            case SpatialAttention spatial:
                return spatial.register_forward_pre_hook((_, input) =>
                {
                    var s = spatial.Map(input); // (B, 1, L)
                    Store(AttentionKind.SpatialGate, s, 1, 1, (int)s.size(2));
                });
            case GuidedSpatialAttention guided:
                return guided.register_forward_pre_hook((_, input) =>
                {
                    var g = guided.map.Map(input.input) * guided.Union(input.priors); // (B, 1, L)
                    Store(AttentionKind.GuidedGate, g, 1, 1, (int)g.size(2));
                });
            case SeChannelAttention se:
                return se.register_forward_pre_hook((_, input) =>
                {
                    var c = se.Weights(input); // (B, C, 1)
                    Store(AttentionKind.ChannelGate, c, 1, 1, (int)c.size(1));
                });
            default:
                throw new ArgumentException(
                    $"AttentionCapture: module '{name}' ({module.GetType().Name}) has no attention weights. Attention modules: {Listing(model)}.", nameof(name));
        }
    }
}
