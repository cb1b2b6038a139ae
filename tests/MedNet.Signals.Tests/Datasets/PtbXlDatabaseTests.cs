// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;

namespace MedNet.Signals.Tests.Datasets;

public class PtbXlDatabaseTests
{
    [Theory]
    [InlineData("ASMI", MiWall.Anterior)]
    [InlineData("ALMI", MiWall.Anterior | MiWall.Lateral)]
    [InlineData("IPLMI", MiWall.Inferior | MiWall.Posterior | MiWall.Lateral)]
    [InlineData("INJLA", MiWall.Lateral)]
    [InlineData("NORM", MiWall.None)]
    public void Walls_ScpCode_FollowsStatementWording(string code, MiWall expected) =>
        Assert.Equal(expected, PtbXlMiLocalisation.Walls(code));

    [SharedDataFact("ptbxl")]
    public void Load_Subset_SuperclassCountsAndFoldsMatchReadme()
    {
        var db = PtbXlDatabase.Load(SharedData.Find("ptbxl")!);
        var first200 = db.Records.Where(r => r.EcgId <= 200).ToList();

        // Expected values: ../shared/data/ptbxl/README.md, "Format facts".
        Assert.Equal(500, db.Records.Count);
        Assert.Equal(71, db.Statements.Count);
        int Count(PtbXlSuperclass c) => first200.Count(r => r.Superclasses.HasFlag(c));
        Assert.Equal((126, 23, 29, 23, 12), (Count(PtbXlSuperclass.Norm), Count(PtbXlSuperclass.MI), Count(PtbXlSuperclass.Sttc), Count(PtbXlSuperclass.CD), Count(PtbXlSuperclass.Hyp)));
        Assert.Equal(8, first200.Count(r => r.Superclasses == PtbXlSuperclass.None));
        Assert.Equal((42, 29), (first200.Count(r => r.Split == PtbXlSplit.Validation), first200.Count(r => r.Split == PtbXlSplit.Test)));
        Assert.All(first200.Where(r => r.MiWalls != MiWall.None), r => Assert.True(r.Superclasses.HasFlag(PtbXlSuperclass.MI)));
    }

    [SharedDataFact("ptbxl")]
    public void ReadSignals_Record1_Reads12LeadsAtBothRates()
    {
        var db = PtbXlDatabase.Load(SharedData.Find("ptbxl")!);

        var lr = db.ReadSignals(db.Records[0]);
        var hr = db.ReadSignals(db.Records[0], PtbXlRate.Hz500);

        Assert.Equal((12, 1000, 100.0), (lr.Digital.Length, lr.Length, lr.SamplingFrequency));
        Assert.Equal((12, 5000, "V6"), (hr.Digital.Length, hr.Length, hr.Spec(11).Description));
    }

    [Fact]
    public void Load_BadStratFold_NamesFileLineAndColumn()
    {
        var dir = Directory.CreateTempSubdirectory("ptbxl-odd").FullName;
        File.WriteAllText(Path.Combine(dir, "scp_statements.csv"), ",description,diagnostic,diagnostic_class,diagnostic_subclass\nNORM,normal ECG,1.0,NORM,NORM\n");
        File.WriteAllText(Path.Combine(dir, "ptbxl_database.csv"),
            "ecg_id,patient_id,age,scp_codes,strat_fold,filename_lr,filename_hr\n1,5.0,56.0,\"{'NORM': 100.0}\",3,a,b\n2,6.0,,\"{'NORM': 100.0}\",x,a,b\n");

        var ex = Assert.Throws<FormatException>(() => PtbXlDatabase.Load(dir));

        Assert.Contains("ptbxl_database.csv:3:", ex.Message);
        Assert.Contains("strat_fold", ex.Message);
    }

    [Theory]
    [InlineData("NaN,5.0,56.0,\"{'NORM': 100.0}\",3,a,b", "ecg_id")]
    [InlineData("1e20,5.0,56.0,\"{'NORM': 100.0}\",3,a,b", "ecg_id")]
    [InlineData("1.9,5.0,56.0,\"{'NORM': 100.0}\",3,a,b", "ecg_id")]
    [InlineData("1,5.0,56.0,\"{'NORM': 100.0}\",3.7,a,b", "strat_fold")]
    [InlineData("1,5.0,-4,\"{'NORM': 100.0}\",3,a,b", "age")]
    [InlineData("1,5.0,56.0,\"{'NORM': 100.0}\",3,records100/0000", "(all)")]
    public void Load_ValueThatWouldBeTruncatedOrCut_IsRefusedNamingTheColumn(string row, string column)
    {
        var dir = Directory.CreateTempSubdirectory("ptbxl-odd").FullName;
        File.WriteAllText(Path.Combine(dir, "scp_statements.csv"), ",description,diagnostic,diagnostic_class,diagnostic_subclass\nNORM,normal ECG,1.0,NORM,NORM\n");
        File.WriteAllText(Path.Combine(dir, "ptbxl_database.csv"), "ecg_id,patient_id,age,scp_codes,strat_fold,filename_lr,filename_hr\n" + row + "\n");

        var ex = Assert.Throws<FormatException>(() => PtbXlDatabase.Load(dir));

        Assert.Contains("ptbxl_database.csv:2:", ex.Message);
        Assert.Contains($"column {column}:", ex.Message);
    }

    [Fact]
    public void Load_HeaderOnly_IsRefusedInsteadOfZeroRecords()
    {
        var dir = Directory.CreateTempSubdirectory("ptbxl-odd").FullName;
        File.WriteAllText(Path.Combine(dir, "scp_statements.csv"), ",description,diagnostic,diagnostic_class,diagnostic_subclass\nNORM,normal ECG,1.0,NORM,NORM\n");
        File.WriteAllText(Path.Combine(dir, "ptbxl_database.csv"), "ecg_id,patient_id,age,scp_codes,strat_fold,filename_lr,filename_hr\n");

        var ex = Assert.Throws<FormatException>(() => PtbXlDatabase.Load(dir));
        Assert.Contains("expected at least one record", ex.Message);
    }
}
