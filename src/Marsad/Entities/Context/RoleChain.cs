namespace Marsad.Entities.Context;

/// <summary>
/// Role phrases read one after another before a name ("القائد العام للقوات المسلحة رئيس مجلس الوزراء …", "وزير
/// الدفاع الإيراني العميد …"): all of them describe the holder, whose name starts at <see cref="HolderToken"/>
/// (after a comma when <see cref="AfterComma"/>).
/// </summary>
internal sealed record RoleChain(IReadOnlyList<RolePhrase> Phrases, int HolderToken, bool AfterComma);
