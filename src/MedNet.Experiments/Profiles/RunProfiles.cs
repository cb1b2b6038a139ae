// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Profiles;

/// <summary>Parses <see cref="RunProfile"/> names and reads the current profile from the environment.</summary>
public static class RunProfiles
{
    /// <summary>The environment variable that selects the profile: <c>smoke</c>, <c>laptop</c> or <c>paper</c>.</summary>
    public const string EnvironmentVariable = "MEDNET_PROFILE";

    /// <summary>The profile used when <see cref="EnvironmentVariable"/> is unset.</summary>
    public const RunProfile Default = RunProfile.Smoke;

    /// <summary>The profile named by <c>MEDNET_PROFILE</c>, or <see cref="Default"/> when it is unset or empty.</summary>
    /// <exception cref="ArgumentException">The variable names no profile.</exception>
    public static RunProfile Current
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(value) ? Default : Parse(value, EnvironmentVariable);
        }
    }

    /// <summary>Parses a profile name, ignoring case.</summary>
    /// <param name="name">One of <c>smoke</c>, <c>laptop</c>, <c>paper</c>.</param>
    /// <param name="source">Where the name came from, for the error message. Default: "profile".</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">The name is not a profile; the message lists the valid names.</exception>
    public static RunProfile Parse(string name, string source = "profile")
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Enum.TryParse<RunProfile>(name.Trim(), ignoreCase: true, out var profile) && Enum.IsDefined(profile)
            && !int.TryParse(name, out _))
        {
            return profile;
        }

        var valid = string.Join(", ", Enum.GetNames<RunProfile>().Select(n => n.ToLowerInvariant()));
        throw new ArgumentException($"{source}: expected one of {valid} but got '{name}'.", nameof(name));
    }
}
