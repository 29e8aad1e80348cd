using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SpectrumTicketing.PowerShell
{
    /// <summary>
    /// Loads the module's own dependencies on Windows PowerShell. .NET Framework has no binding redirects for
    /// a module folder, so a dependency that references an older version of System.Memory or
    /// Microsoft.Bcl.AsyncInterfaces than the one shipped would fail to load. PowerShell 7 resolves newer
    /// versions itself, so the handler is only installed on .NET Framework.
    /// </summary>
    // NOTE: Windows PowerShell 5.1 cannot run on the build machines, so this path has not been exercised.
    public sealed class ModuleAssemblyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(ModuleAssemblyResolver).Assembly.Location) ?? string.Empty;

        /// <summary>Installs the resolve handler when the module is imported into Windows PowerShell.</summary>
        public void OnImport()
        {
            if (IsNetFramework())
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromModuleFolder;
            }
        }

        /// <summary>Removes the resolve handler when the module is removed.</summary>
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromModuleFolder;
        }

        private static bool IsNetFramework() =>
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        private static Assembly? ResolveFromModuleFolder(object? sender, ResolveEventArgs args)
        {
            string? name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name))
            {
                return null;
            }

            string path = Path.Combine(ModuleFolder, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}
