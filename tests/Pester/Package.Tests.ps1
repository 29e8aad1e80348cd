BeforeAll {
    $script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:ModuleFolder = Join-Path $script:RepositoryRoot 'out/SpectrumTicketing'
}

Describe 'Package' {
    It 'installs from a folder repository as it would from the Gallery' {
        $name = 'SpectrumTicketingTest' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $repository = Join-Path $TestDrive 'repository'
        $saved = Join-Path $TestDrive 'saved'
        New-Item -ItemType Directory -Path $repository, $saved | Out-Null
        Register-PSResourceRepository -Name $name -Uri $repository -Trusted
        try {
            Publish-PSResource -Path $script:ModuleFolder -Repository $name
            Save-PSResource -Name 'SpectrumTicketing' -Repository $name -Path $saved -TrustRepository
        }
        finally {
            Unregister-PSResourceRepository -Name $name
        }

        $manifest = @(Get-ChildItem -LiteralPath $saved -Recurse -Filter 'SpectrumTicketing.psd1')
        $manifest.Count | Should -Be 1
        Test-Path -LiteralPath (Join-Path $manifest[0].DirectoryName 'en-US/SpectrumTicketing.PowerShell.dll-Help.xml') | Should -BeTrue

        # A new process, so the module loads from the saved copy and not from the one this session imported.
        Push-Location $script:RepositoryRoot
        try {
            $count = & dotnet pwsh -NoProfile -NonInteractive -Command "Import-Module '$($manifest[0].FullName)'; (Get-Command -Module SpectrumTicketing).Count"
        }
        finally {
            Pop-Location
        }

        $count | Should -Be 11
    }
}
