// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Models.Tests.Classification;
using MedNet.Tensors;

namespace MedNet.Models.Tests.Explainability;

public sealed class GradCamTests
{
    private static MsaClassifier Classifier()
    {
        torch.manual_seed(3);
        var model = new MsaClassifier(TinyConfigs.Full() with { SpatialAttention = SpatialAttentionKind.Plain });
        model.eval();
        return model;
    }

    [Fact]
    public void Constructor_UnknownLayer_ThrowsListingTheConvLayers()
    {
        var model = Classifier();
        var e = Assert.Throws<ArgumentException>(() => new GradCam(model, "no.such.layer"));
        Assert.Equal("layerName", e.ParamName);
        Assert.Contains("stem.conv", e.Message, StringComparison.Ordinal);
        Assert.Contains("no.such.layer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LayerReturningATuple_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new GradCam(Classifier(), "lstm"));
        Assert.Contains("single", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_LayerWithoutTimeAxis_ThrowsNamedError()
    {
        var model = Classifier();
        var cam = new GradCam(model, "fc1");
        var e = Assert.Throws<ArgumentException>(() => cam.Compute(torch.randn(2, 1, 64), ExplanationTargets.ClassLogit(model, 0)));
        Assert.Contains("no time axis", e.Message, StringComparison.Ordinal);
        Assert.Equal("layerName", e.ParamName);
    }

    [Fact]
    public void ClassLogit_ModelInTrainingMode_Throws()
    {
        var model = Classifier();
        model.train();
        Assert.Throws<ArgumentException>(() => ExplanationTargets.ClassLogit(model, 0));
    }

    [Fact]
    public void Compute_Classifier_MapsAreNonNegative_InputLength_AndDifferPerClass()
    {
        var model = Classifier();
        torch.manual_seed(4);
        var x = torch.randn(2, 1, 64);
        var cam = new GradCam(model, "block0");
        var r0 = cam.Compute(x, ExplanationTargets.ClassLogit(model, 0));
        var r1 = cam.Compute(x, ExplanationTargets.ClassLogit(model, 1));
        Assert.Equal(2 * 64, r0.Map.Length);
        Assert.Equal(64, r0.LayerLength);
        Assert.All(r0.Map, v => Assert.True(v >= 0 && float.IsFinite(v)));
        Assert.NotEqual(r0.Weights, r1.Weights);
        Assert.Equal(2, r0.Scores.Length);
        Assert.All(model.parameters(), p => Assert.Null(p.grad));
    }

    [Fact]
    public void Compute_Weights_AreTheTimeAveragedGradients_Equation1()
    {
        // For the planted model y = mean_{k,t} A_k(t): ∂y/∂A_k(t) = 1/(K·L') where A > 0, so α_k = (#positive_k)/(K·L').
        torch.manual_seed(8);
        var model = new PlantedRegionModel(32, 0, 32);
        model.eval();
        var x = ExplainFixtures.Window(1, 32, 9);
        var r = new GradCam(model, "conv").Compute(x, t => model.call(t).select(1, 0));
        Tensor a;
        using (torch.no_grad())
        {
            a = model.conv.call(x);
        }

        var act = a.ToArray();
        for (var k = 0; k < 4; k++)
        {
            var positive = 0;
            for (var t = 0; t < 32; t++)
            {
                positive += act[(k * 32) + t] > 0 ? 1 : 0;
            }

            Assert.Equal(positive / (4.0 * 32 * 32), r.Weights[k], 6);
        }
    }

    [Fact]
    public void Upsample_Linear_HalfSampleCentres()
    {
        var dst = new float[4];
        GradCam.Upsample([0f, 2f], dst);
        Assert.Equal([0f, 0.5f, 1.5f, 2f], dst);
    }

    [Fact]
    public void Compute_DtaadForecastError_OnTheLocalTcn()
    {
        torch.manual_seed(5);
        var model = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        model.eval();
        var names = GradCam.ConvLayerNames(model);
        Assert.Contains(names, n => n.StartsWith("l_tcn", StringComparison.Ordinal));
        var x = torch.rand(3, 2, DtaadTraining.WindowLength);
        var r = new GradCam(model, names[0]).Compute(x, ExplanationTargets.ForecastError(model));
        Assert.Equal(3 * DtaadTraining.WindowLength, r.Map.Length);
        Assert.All(r.Map, v => Assert.True(v >= 0 && float.IsFinite(v)));
        Assert.Contains(r.Weights, w => w != 0); // the forecast error reaches the layer (the ReLU'd map itself may be all zero)
    }

    [Fact]
    public void Compute_MedNetForecastError_OnAConvLayer()
    {
        torch.manual_seed(6);
        var model = new MedNetModel(1, DtaadTraining.WindowLength, MedNetConfig.Reference);
        model.eval();
        var names = GradCam.ConvLayerNames(model);
        Assert.NotEmpty(names);
        var x = torch.rand(2, 1, DtaadTraining.WindowLength);
        var r = new GradCam(model, names[0]).Compute(x, ExplanationTargets.ForecastError(model));
        Assert.Equal(2 * DtaadTraining.WindowLength, r.Map.Length);
        Assert.All(r.Map, v => Assert.True(v >= 0 && float.IsFinite(v)));
    }

    [Fact]
    public void PlantedSignal_MapLiesInTheReadRegion()
    {
        torch.manual_seed(7);
        var model = new PlantedRegionModel(96, 40, 60);
        model.eval();
        var x = ExplainFixtures.Window(1, 96, 10);
        var r = new GradCam(model, "conv").Compute(x, t => model.call(t).select(1, 0));
        // The conv (k = 5, padding 2) spreads the region by 2 samples each side.
        var share = AttributionStatistics.MassShare(r.MapOf(0), ExplainFixtures.Region(96, 38, 62));
        Assert.Contains(r.Map, v => v > 0);
        Assert.Equal(1.0, share, 6);
    }
}
