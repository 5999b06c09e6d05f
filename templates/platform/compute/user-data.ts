/** What the first-boot script of the application instances does besides hardening the host. */
export interface HardenedUserDataOptions {
  /**
   * CloudWatch log group the CloudWatch agent ships the host's logs to; metrics (memory, disk) are always collected.
   * @default no log shipping
   */
  readonly logGroupName?: string;
  /**
   * Stop and disable sshd: instances are reached with SSM Session Manager only.
   * @default true
   */
  readonly disableSsh?: boolean;
  /**
   * Shell commands that install and start the application, appended after hardening (run as root, `set -euo pipefail`).
   * @default a placeholder nginx on `appPort` answering `/healthz` with 200 and everything else with 503
   */
  readonly applicationScript?: string;
  /**
   * Port of the placeholder application.
   * @default 8080
   */
  readonly appPort?: number;
}

/** Services a web instance does not need; missing units are skipped. */
const UNNEEDED_SERVICES = ['rpcbind.service', 'rpcbind.socket', 'postfix.service', 'cups.service', 'avahi-daemon.service'];

const SYSCTL_HARDENING = [
  'net.ipv4.ip_forward = 0',
  'net.ipv4.conf.all.send_redirects = 0',
  'net.ipv4.conf.default.send_redirects = 0',
  'net.ipv4.conf.all.accept_redirects = 0',
  'net.ipv4.conf.default.accept_redirects = 0',
  'net.ipv4.conf.all.secure_redirects = 0',
  'net.ipv4.conf.all.accept_source_route = 0',
  'net.ipv4.conf.all.rp_filter = 1',
  'net.ipv4.conf.all.log_martians = 1',
  'net.ipv4.icmp_echo_ignore_broadcasts = 1',
  'net.ipv4.tcp_syncookies = 1',
  'net.ipv6.conf.all.accept_redirects = 0',
  'kernel.randomize_va_space = 2',
  'kernel.dmesg_restrict = 1',
  'fs.suid_dumpable = 0',
];

/** The placeholder application: proves the path ALB → app works until the team deploys its own. */
export function placeholderApplicationScript(appPort: number): string {
  return [
    'dnf -y install nginx',
    "cat > /etc/nginx/conf.d/platform-placeholder.conf <<'NGINX'",
    'server {',
    `  listen ${appPort} default_server;`,
    '  server_tokens off;',
    '  location = /healthz { access_log off; default_type text/plain; return 200 "ok\\n"; }',
    '  location / { default_type text/plain; return 503 "application not deployed\\n"; }',
    '}',
    'NGINX',
    'systemctl enable --now nginx',
  ].join('\n');
}

function cloudWatchAgentConfig(logGroupName: string | undefined): string {
  const config: Record<string, unknown> = {
    agent: { run_as_user: 'cwagent' },
    metrics: {
      namespace: 'CWAgent',
      append_dimensions: { AutoScalingGroupName: '${aws:AutoScalingGroupName}', InstanceId: '${aws:InstanceId}' },
      aggregation_dimensions: [['AutoScalingGroupName']],
      metrics_collected: {
        mem: { measurement: ['mem_used_percent'] },
        disk: { measurement: ['used_percent'], resources: ['/'] },
      },
    },
  };
  if (logGroupName) {
    const file = (path: string, stream: string) => ({ file_path: path, log_group_name: logGroupName, log_stream_name: `{instance_id}/${stream}` });
    config.logs = {
      logs_collected: {
        files: {
          collect_list: [
            file('/var/log/platform-bootstrap.log', 'bootstrap'),
            file('/var/log/cloud-init-output.log', 'cloud-init'),
            file('/var/log/dnf.log', 'dnf'),
            file('/var/log/amazon/ssm/amazon-ssm-agent.log', 'ssm-agent'),
          ],
        },
      },
    };
  }
  return JSON.stringify(config, null, 2);
}

/**
 * The first-boot script of the application instances (Amazon Linux 2023): security updates now and daily, unneeded
 * services off, kernel network hardening, no core dumps, SSM agent on, CloudWatch agent on, then the application.
 */
export function hardenedUserData(options: HardenedUserDataOptions = {}): string {
  const disabled = [...UNNEEDED_SERVICES, ...(options.disableSsh ?? true ? ['sshd.service'] : [])];
  return [
    '#!/bin/bash',
    '# Hardened first boot of a secure-aws-stack application instance (managed by the platform).',
    'set -euo pipefail',
    'exec > >(tee -a /var/log/platform-bootstrap.log) 2>&1',
    '',
    '# Security updates now, and automatically every day.',
    'dnf -y upgrade --security',
    'dnf -y install dnf-automatic amazon-cloudwatch-agent',
    "sed -i -e 's/^upgrade_type *=.*/upgrade_type = security/' -e 's/^apply_updates *=.*/apply_updates = yes/' /etc/dnf/automatic.conf",
    'systemctl enable --now dnf-automatic.timer',
    '',
    '# Services this host does not need.',
    `for unit in ${disabled.join(' ')}; do`,
    '  if systemctl list-unit-files "$unit" >/dev/null 2>&1; then systemctl disable --now "$unit" || true; fi',
    'done',
    '',
    '# Kernel network hardening and no core dumps.',
    "cat > /etc/sysctl.d/90-platform-hardening.conf <<'SYSCTL'",
    ...SYSCTL_HARDENING,
    'SYSCTL',
    'sysctl --system',
    "echo '* hard core 0' > /etc/security/limits.d/90-platform-no-core.conf",
    '',
    '# Management through SSM (Session Manager, Patch Manager) instead of SSH.',
    'systemctl enable --now amazon-ssm-agent',
    '',
    '# Host metrics and logs to CloudWatch.',
    "cat > /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json <<'CWAGENT'",
    cloudWatchAgentConfig(options.logGroupName),
    'CWAGENT',
    '/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json',
    '',
    '# Application.',
    options.applicationScript ?? placeholderApplicationScript(options.appPort ?? 8080),
    '',
  ].join('\n');
}
