using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Wfdb;

/// <summary>Issue 18, point 2: base time, base date and counter frequency are validated by name.</summary>
public class WfdbHeaderFieldTests
{
    [Theory]
    [InlineData("r 1 250 10 25:00:00", "base_time")]
    [InlineData("r 1 250 10 12:61:00", "base_time")]
    [InlineData("r 1 250 10 noon", "base_time")]
    [InlineData("r 1 250 10 12:00:00 31/02/2020", "base_date")]
    [InlineData("r 1 250 10 12:00:00 2020/02/01", "base_date")]
    [InlineData("r 1 250/0 10", "counter_freq")]
    [InlineData("r 1 250/1e999 10", "counter_freq")]
    [InlineData("r 1 250/360(x) 10", "base_counter")]
    [InlineData("r 1 250 10 2014-05-08 noon", "base_time")]
    public void BadRecordLineFields_AreNamed(string recordLine, string field)
    {
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbHeaderParser.Parse(recordLine + "\nr.dat 16 200 16 0 0 0 0 sig\n", "r.hea"));
        Assert.Equal(field, ex.Field);
    }

    [Theory]
    [InlineData("r 1 250 10 12:00:00 01/02/2020")]
    [InlineData("r 1 250 10 0:00:00.250 1/2/2020")]
    [InlineData("r 1 250/360(0) 10 05:05")]
    [InlineData("r 1 300 9000 2014-05-08 05:05:15")] // CinC 2017 writes the date first
    public void ValidRecordLineFields_AreAccepted(string recordLine) =>
        Assert.Equal(250, WfdbHeaderParser.Parse(recordLine.Replace("300", "250", StringComparison.Ordinal) + "\nr.dat 16 200 16 0 0 0 0 sig\n", "r.hea").SamplingFrequency);
}
