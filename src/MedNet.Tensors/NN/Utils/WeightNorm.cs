// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Weight normalisation: w = g · v / ‖v‖ with the norm over every dimension except <c>dim</c>, as <c>torch.nn.utils.weight_norm</c>.</summary>
/// <remarks>
/// Source: Salimans &amp; Kingma, "Weight Normalization", NeurIPS 2016, Eq. (2). Replaces the parameter <c>weight</c> by
/// <c>weight_g</c> (sizes 1 except along dim) and <c>weight_v</c>, appended after the existing parameters as PyTorch does, and
/// recomputes <c>weight</c> in a forward pre-hook so gradients reach g and v.
/// </remarks>
internal static class WeightNorm
{
    internal static T Apply<T>(T module, long dim)
        where T : Module<Tensor, Tensor>, IWeighted
    {
        var w = module.weight;
        var d = (int)dim;
        var reduce = new List<int>();
        for (var i = 0; i < w.dim(); i++)
        {
            if (i != d)
            {
                reduce.Add(i);
            }
        }

        int[] dims = [.. reduce];
        Tensor g, v;
        using (torch.no_grad())
        {
            g = Norm(w.detach(), dims).clone();
            v = w.detach().clone();
        }

        module.RemoveParameter("weight");
        module.AddParameter("weight_g", g);
        module.AddParameter("weight_v", v);
        module.weight = Compute(g, v, dims);
        module.register_forward_pre_hook((m, _) => ((IWeighted)m).weight = Compute(g, v, dims));
        return module;
    }

    private static Tensor Compute(Tensor g, Tensor v, int[] dims) => v * (g / Norm(v, dims));

    private static Tensor Norm(Tensor v, int[] dims) => v.square().sum(dims, keepdim: true).sqrt();
}
