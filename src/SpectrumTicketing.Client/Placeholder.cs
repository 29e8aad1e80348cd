namespace SpectrumTicketing.Client { internal static class Placeholder { } }
