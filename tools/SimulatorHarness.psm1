# Starts and drives the local API simulator for the tests, the demo and the benchmarks.
# The simulator is a real HTTP server bound to 127.0.0.1; nothing here talks to any other host.

Set-StrictMode -Version Latest

$script:RepositoryRoot = Split-Path -Parent $PSScriptRoot
$script:DefaultSimulatorPath = Join-Path $script:RepositoryRoot 'out/simulator/SpectrumTicketing.Simulator.dll'

function Start-SpectrumSimulator {
    <#
    .SYNOPSIS
    Starts the simulator on a free loopback port and returns its base URI and process.
    .PARAMETER Port
    TCP port on 127.0.0.1; 0 picks a free one.
    .PARAMETER ArgumentList
    Further simulator options, for example '--tickets', '10000'.
    #>
    [CmdletBinding()]
    param(
        [ValidateRange(0, 65535)]
        [int] $Port = 0,

        [string[]] $ArgumentList = @(),

        [string] $SimulatorPath = $script:DefaultSimulatorPath,

        [ValidateRange(1, 300)]
        [int] $StartTimeoutSec = 60
    )

    if (-not (Test-Path -LiteralPath $SimulatorPath)) {
        throw "The simulator '$SimulatorPath' was not found. Run ./build.ps1 -Task Build first."
    }

    $logFolder = Join-Path $script:RepositoryRoot 'out/simulator-logs'
    New-Item -ItemType Directory -Path $logFolder -Force | Out-Null
    $logName = 'simulator-{0:yyyyMMdd-HHmmss}-{1}' -f (Get-Date), ([guid]::NewGuid().ToString('N').Substring(0, 8))
    $stdout = Join-Path $logFolder "$logName.out.log"
    $stderr = Join-Path $logFolder "$logName.err.log"

    $arguments = @($SimulatorPath, '--urls', "http://127.0.0.1:$Port") + $ArgumentList
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru -NoNewWindow `
        -RedirectStandardOutput $stdout -RedirectStandardError $stderr

    $deadline = [DateTime]::UtcNow.AddSeconds($StartTimeoutSec)
    $baseUri = $null
    while (-not $baseUri) {
        if ($process.HasExited) {
            $errorText = Get-Content -LiteralPath $stderr -Raw -ErrorAction SilentlyContinue
            throw "The simulator exited with code $($process.ExitCode) before it started listening. $errorText"
        }

        if ([DateTime]::UtcNow -gt $deadline) {
            Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
            throw "The simulator did not start listening within $StartTimeoutSec s. See '$stdout'."
        }

        $firstLine = Get-Content -LiteralPath $stdout -TotalCount 1 -ErrorAction SilentlyContinue
        if ($firstLine -match 'listening on (http://127\.0\.0\.1:\d+)') {
            $baseUri = $Matches[1]
        }
        else {
            Start-Sleep -Milliseconds 100
        }
    }

    [pscustomobject]@{
        PSTypeName = 'SpectrumTicketing.TestSimulator'
        BaseUri    = $baseUri
        Process    = $process
        LogPath    = $stdout
    }
}

function Stop-SpectrumSimulator {
    <#
    .SYNOPSIS
    Stops a simulator started by Start-SpectrumSimulator.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowNull()]
        [psobject] $Simulator
    )

    process {
        if ($null -ne $Simulator -and -not $Simulator.Process.HasExited) {
            Stop-Process -Id $Simulator.Process.Id -Force -ErrorAction SilentlyContinue
            $Simulator.Process.WaitForExit(10000) | Out-Null
        }
    }
}

function Invoke-SimulatorAdmin {
    <#
    .SYNOPSIS
    Calls an admin endpoint of the simulator (/_simulator/...), for counters, faults and test data.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [psobject] $Simulator,

        [ValidateSet('GET', 'POST', 'DELETE')]
        [string] $Method = 'GET',

        [Parameter(Mandatory)]
        [string] $Path,

        [object] $Body
    )

    $uri = '{0}/_simulator/{1}' -f $Simulator.BaseUri.TrimEnd('/'), $Path.TrimStart('/')
    $parameters = @{ Uri = $uri; Method = $Method }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $parameters.Body = $Body | ConvertTo-Json -Depth 10
        $parameters.ContentType = 'application/json'
    }

    # Invoke-RestMethod writes a JSON array as one object; write its items one by one instead.
    Invoke-RestMethod @parameters | ForEach-Object { $_ }
}

function Get-SimulatorCounter {
    <#
    .SYNOPSIS
    Gets the simulator's request counters.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [psobject] $Simulator
    )

    Invoke-SimulatorAdmin -Simulator $Simulator -Path 'counters'
}

Export-ModuleMember -Function Start-SpectrumSimulator, Stop-SpectrumSimulator, Invoke-SimulatorAdmin, Get-SimulatorCounter
