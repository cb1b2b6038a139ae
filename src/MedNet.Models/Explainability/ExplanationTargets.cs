// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Explainability;

/// <summary>
/// The scalar an explanation explains, as a function from a batch (B, C, L) to one score per window (B): a class logit of a
/// classifier, or the anomaly score of DTAAD / MED-Net. Every explainer in this folder takes such a function.
/// </summary>
/// <remarks>
/// The model must be in eval mode (<c>model.eval()</c>): in training mode dropout would make the explanation random and
/// batch normalisation would couple the windows of a batch, so the factories refuse it.
/// </remarks>
public static class ExplanationTargets
{
    /// <summary>The logit of one class: y^c of Selvaraju et al. (2017) §3, before the softmax.</summary>
    /// <param name="classifier">A classifier returning (B, K) logits, e.g. the MSA classifier; in eval mode.</param>
    /// <param name="classIndex">c in [0, K).</param>
    /// <returns>x ↦ logits(x)[:, c], shape (B).</returns>
    public static Func<Tensor, Tensor> ClassLogit(Module<Tensor, Tensor> classifier, int classIndex)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        RequireEval(classifier, nameof(classifier));
        ArgumentOutOfRangeException.ThrowIfNegative(classIndex);
        return x =>
        {
            var logits = classifier.call(x);
            if (logits.dim() != 2 || classIndex >= logits.size(1))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(classIndex), classIndex, $"ExplanationTargets.ClassLogit: the classifier returned ({string.Join(", ", logits.shape)}), expected (B, K) with K > {classIndex}.");
            }

            return logits.select(1, classIndex); // (B)
        };
    }

    /// <summary>
    /// The anomaly score of a window for the dual-forecast models (DTAAD, MED-Net): the mean over channels of
    /// <see cref="DualForecastLoss.Score"/>, (x2 − x_W)², the score that is thresholded at test time.
    /// </summary>
    /// <param name="model">DTAAD or MED-Net, in eval mode.</param>
    /// <param name="loss">Pairing of forecast and target channels. Default: <see cref="DtaadTraining.Loss"/>.</param>
    /// <returns>x ↦ mean_c (x2(x) − x[:, :, W−1])², shape (B). The gradient flows through both the forecast and the target row.</returns>
    public static Func<Tensor, Tensor> ForecastError(Module<Tensor, (Tensor X1, Tensor X2)> model, DualForecastLoss? loss = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        RequireEval(model, nameof(model));
        loss ??= DtaadTraining.Loss;
        return x =>
        {
            var (_, x2) = model.call(x); // (B, C)
            var target = x.select(2, (int)x.size(2) - 1); // (B, C)
            return loss.Score(x2, target).mean(1); // (B)
        };
    }

    private static void RequireEval(Module model, string name)
    {
        if (model.training)
        {
            throw new ArgumentException($"ExplanationTargets: {model.GetType().Name} is in training mode; call eval() first so dropout and batch statistics do not change the explanation.", name);
        }
    }
}
