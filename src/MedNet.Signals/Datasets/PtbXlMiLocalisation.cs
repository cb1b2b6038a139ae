// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>Maps PTB-XL MI statements (SCP codes) to the myocardial walls they name.</summary>
/// <remarks>
/// Source: the statement descriptions in PTB-XL's <c>scp_statements.csv</c> (columns <c>description</c> and
/// <c>diagnostic_class</c> = MI), read word by word: "antero-" → Anterior, "infero-" → Inferior, "-lateral" → Lateral,
/// "-posterior" → Posterior; "septal" counts as anterior (anteroseptal leads V1–V4).
/// <code>
/// code   description                                      walls
/// AMI    anterior myocardial infarction                   Anterior
/// ASMI   anteroseptal myocardial infarction               Anterior
/// ALMI   anterolateral myocardial infarction              Anterior | Lateral
/// INJAS  subendocardial injury in anteroseptal leads      Anterior
/// INJAL  subendocardial injury in anterolateral leads     Anterior | Lateral
/// IMI    inferior myocardial infarction                   Inferior
/// ILMI   inferolateral myocardial infarction              Inferior | Lateral
/// IPMI   inferoposterior myocardial infarction            Inferior | Posterior
/// IPLMI  inferoposterolateral myocardial infarction       Inferior | Posterior | Lateral
/// INJIN  subendocardial injury in inferior leads          Inferior
/// INJIL  subendocardial injury in inferolateral leads     Inferior | Lateral
/// LMI    lateral myocardial infarction                    Lateral
/// INJLA  subendocardial injury in lateral leads           Lateral
/// PMI    posterior myocardial infarction                  Posterior
/// </code>
/// PTB-XL's own <c>diagnostic_subclass</c> column groups these differently (it puts INJLA under AMI and ILMI under IMI);
/// the table above follows the wording of each statement instead, so a multi-wall statement counts for each wall.
/// </remarks>
public static class PtbXlMiLocalisation
{
    /// <summary>The walls named by one SCP code.</summary>
    /// <param name="scpCode">SCP statement code, e.g. "ASMI".</param>
    /// <returns>The walls, or <see cref="MiWall.None"/> for codes that are not MI statements.</returns>
    public static MiWall Walls(string scpCode) => scpCode switch
    {
        "AMI" or "ASMI" or "INJAS" => MiWall.Anterior,
        "ALMI" or "INJAL" => MiWall.Anterior | MiWall.Lateral,
        "IMI" or "INJIN" => MiWall.Inferior,
        "ILMI" or "INJIL" => MiWall.Inferior | MiWall.Lateral,
        "IPMI" => MiWall.Inferior | MiWall.Posterior,
        "IPLMI" => MiWall.Inferior | MiWall.Posterior | MiWall.Lateral,
        "LMI" or "INJLA" => MiWall.Lateral,
        "PMI" => MiWall.Posterior,
        _ => MiWall.None,
    };

    /// <summary>The union of walls over all SCP codes of a record.</summary>
    /// <param name="scpCodes">The record's SCP codes.</param>
    /// <returns>The union of <see cref="Walls(string)"/>.</returns>
    public static MiWall Walls(IEnumerable<string> scpCodes)
    {
        ArgumentNullException.ThrowIfNull(scpCodes);
        var walls = MiWall.None;
        foreach (var code in scpCodes)
        {
            walls |= Walls(code);
        }

        return walls;
    }
}
