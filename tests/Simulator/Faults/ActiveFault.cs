namespace SpectrumTicketing.Simulator.Faults;

/// <summary>The fault taken for the current request, stored in HttpContext.Items for the response writer.</summary>
internal static class ActiveFault
{
    private const string ItemKey = "SpectrumTicketing.Simulator.ActiveFault";

    public static void Set(Microsoft.AspNetCore.Http.HttpContext context, FaultRule rule) => context.Items[ItemKey] = rule;

    public static FaultRule? Get(Microsoft.AspNetCore.Http.HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) ? value as FaultRule : null;
}
