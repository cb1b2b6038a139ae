// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Tensors;
using MedNet.Tensors.IO;
using MedNet.Tensors.NN;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Dtaad;

/// <summary>
/// A checkpoint written by PyTorch under the DTAAD repository's names (tools/fixtures/make_checkpoint_fixtures.py) loads into
/// <see cref="DtaadModel"/> through <see cref="DtaadCheckpoint.RepositoryNames"/> and gives PyTorch's outputs.
/// </summary>
public class DtaadCheckpointTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "checkpoints");

    private static Dictionary<string, Tensor> Repository() => SafeTensors.Load(Path.Combine(Folder, "dtaad_repository.safetensors"));

    private static DtaadModel Model()
    {
        torch.manual_seed(0);
        return new DtaadModel(2, 10, DtaadConfig.Reference);
    }

    [Fact]
    public void LoadStateDict_RepositoryCheckpointThroughTheMap_GivesPyTorchsOutputs()
    {
        var model = Model();
        var (missing, unexpected) = model.load_state_dict(Repository(), DtaadCheckpoint.RepositoryNames);
        Assert.Empty(missing);
        Assert.Empty(unexpected);

        var io = SafeTensors.Load(Path.Combine(Folder, "dtaad_repository_io.safetensors"));
        model.eval();
        using var _ = torch.no_grad();
        var (x1, x2) = model.call(io["in.x"]);
        AssertClose(io["out.x1"].squeeze(1), x1);
        AssertClose(io["out.x2"].squeeze(1), x2);
    }

    [Fact]
    public void LoadStateDict_RepositoryCheckpointWithoutTheMap_NamesEveryUnmatchedKey()
    {
        var ex = Assert.Throws<StateDictException>(() => Model().load_state_dict(Repository()));
        Assert.Contains("l_tcn.network.0.conv.weight_g", ex.unexpected_keys);
        Assert.Contains("pos_encoder.pe", ex.unexpected_keys);
        Assert.Contains("l_tcn.level0.weight_g", ex.missing_keys);
        Assert.Contains("decoder1.weight", ex.missing_keys);
    }

    [Fact]
    public void LoadStateDict_TwoPathsOfOneConvDisagree_ThrowsNamingBoth()
    {
        var state = Repository();
        state["l_tcn.network.1.net.0.bias"] = state["l_tcn.network.1.net.0.bias"] + 1f;
        var ex = Assert.Throws<InvalidDataException>(() => Model().load_state_dict(state, DtaadCheckpoint.RepositoryNames));
        Assert.Contains("'l_tcn.network.1.conv.bias'", ex.Message);
        Assert.Contains("'l_tcn.network.1.net.0.bias'", ex.Message);
        Assert.Contains("'l_tcn.level1.bias'", ex.Message);
    }

    [Fact]
    public void LoadStateDict_CheckpointForAnotherWindowLength_NamesTheMisShapedTensors()
    {
        torch.manual_seed(0);
        var model = new DtaadModel(2, 12, DtaadConfig.Reference);
        var ex = Assert.Throws<StateDictException>(() => model.load_state_dict(Repository(), DtaadCheckpoint.RepositoryNames));
        Assert.Contains(ex.mismatched_keys, m => m.StartsWith("pe (from 'pos_encoder.pe')", StringComparison.Ordinal));
    }

    private static void AssertClose(Tensor expected, Tensor actual)
    {
        Assert.Equal(expected.shape, actual.shape);
        var e = expected.ToArray();
        var a = actual.ToArray();
        for (var i = 0; i < e.Length; i++)
        {
            Assert.True(Math.Abs(e[i] - a[i]) <= 1e-5f, $"element {i}: PyTorch {e[i]} vs kit {a[i]}");
        }
    }
}
