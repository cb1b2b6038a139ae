// SPDX-License-Identifier: MIT
using MedNet.Tensors.Memory;

namespace MedNet.Tensors.Tests.Memory;

/// <summary>Large pool arrays are advised to use transparent huge pages where Linux offers them; small ones are not; values never change.</summary>
public sealed class HugePagesTests
{
    [Fact]
    public void Advise_LargeArrayAdvisedWhereThpExists_SmallOneNot_ValuesKept()
    {
        var before = HugePages.Advised;
        HugePages.Advise(new float[1024]);
        Assert.Equal(before, HugePages.Advised);

        var large = new float[(int)(HugePages.MinBytes / sizeof(float)) * 2];
        large[^1] = 3f;
        HugePages.Advise(large);
        Assert.Equal(3f, large[^1]);
        if (OperatingSystem.IsLinux() && File.Exists("/sys/kernel/mm/transparent_hugepage/enabled"))
        {
            Assert.Equal(before + 1, HugePages.Advised);
        }
    }
}
