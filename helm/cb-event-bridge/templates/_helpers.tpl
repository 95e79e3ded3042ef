{{/* The chart name, or nameOverride. */}}
{{- define "cb-event-bridge.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-qualified name, at most 63 characters. */}}
{{- define "cb-event-bridge.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "cb-event-bridge.selectorLabels" -}}
app.kubernetes.io/name: {{ include "cb-event-bridge.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels of every object but the component. */}}
{{- define "cb-event-bridge.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "cb-event-bridge.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "cb-event-bridge.labels" -}}
{{ include "cb-event-bridge.commonLabels" . }}
app.kubernetes.io/component: event-bridge
{{- end }}

{{- define "cb-event-bridge.actionsLabels" -}}
{{ include "cb-event-bridge.commonLabels" . }}
app.kubernetes.io/component: liveresponse-actions
{{- end }}

{{- define "cb-event-bridge.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "cb-event-bridge.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "cb-event-bridge.routesConfigMap" -}}
{{- default (printf "%s-routes" (include "cb-event-bridge.fullname" .)) .Values.existingRoutesConfigMap }}
{{- end }}

{{/* The StatefulSet of the one replica that runs response actions. */}}
{{- define "cb-event-bridge.actionsName" -}}
{{- printf "%s-liveresponse" (include "cb-event-bridge.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels that tell the response-actions pod from the Deployment's (added to selectorLabels). */}}
{{- define "cb-event-bridge.actionsSelectorLabels" -}}
{{ include "cb-event-bridge.selectorLabels" . }}
app.kubernetes.io/component: liveresponse-actions
{{- end }}

{{/*
The pod template of the Deployment and of the response-actions StatefulSet, from a dict:
root (the chart context) and actions (true for the StatefulSet: CB_BRIDGE_LR_ACTIONS=true, its
own resources, and its data volume from the volumeClaimTemplate or liveResponse.actions.persistence.existingClaim).
*/}}
{{- define "cb-event-bridge.podTemplate" -}}
{{- $root := .root }}
{{- $v := $root.Values }}
{{- $lr := $v.liveResponse }}
{{- $actions := .actions -}}
metadata:
  labels:
    {{- if $actions }}
    {{- include "cb-event-bridge.actionsSelectorLabels" $root | nindent 4 }}
    {{- else }}
    {{- include "cb-event-bridge.selectorLabels" $root | nindent 4 }}
    app.kubernetes.io/component: event-bridge
    {{- end }}
    {{- with $v.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  annotations:
    {{- if not $v.existingRoutesConfigMap }}
    checksum/routes: {{ include (print $root.Template.BasePath "/configmap.yaml") $root | sha256sum }}
    {{- end }}
    {{- with $v.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "cb-event-bridge.serviceAccountName" $root }}
  automountServiceAccountToken: {{ $v.serviceAccount.automountServiceAccountToken }}
  {{- with $v.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  securityContext:
    {{- toYaml $v.podSecurityContext | nindent 4 }}
  terminationGracePeriodSeconds: {{ $v.terminationGracePeriodSeconds }}
  containers:
    - name: cb-event-bridge
      image: "{{ $v.image.repository }}:{{ $v.image.tag | default $root.Chart.AppVersion }}"
      imagePullPolicy: {{ $v.image.pullPolicy }}
      args: [run]
      securityContext:
        {{- toYaml $v.securityContext | nindent 8 }}
      ports:
        - name: admin
          containerPort: {{ $v.admin.port }}
          protocol: TCP
      env:
        - name: CB_BRIDGE_ROUTES
          value: /etc/cb-event-bridge/routes/routes.yaml
        - name: CB_BRIDGE_AMQP_URL_FILE
          value: /etc/cb-event-bridge/amqp/url
        - name: CB_BRIDGE_ADMIN_TOKEN_FILE
          value: /etc/cb-event-bridge/admin/token
        - name: CB_BRIDGE_ADMIN_HOST
          value: 0.0.0.0
        - name: CB_BRIDGE_ADMIN_PORT
          value: {{ $v.admin.port | quote }}
        - name: CB_BRIDGE_METRICS_PUBLIC
          value: {{ $v.bridge.metricsPublic | quote }}
        - name: CB_BRIDGE_SERVER_NAME
          value: {{ $v.bridge.serverName | quote }}
        - name: CB_BRIDGE_SERVER_URL
          value: {{ $v.bridge.serverUrl | quote }}
        - name: CB_BRIDGE_QUEUE_PREFIX
          value: {{ $v.bridge.queuePrefix | quote }}
        - name: CB_BRIDGE_QUEUE_TYPE
          value: {{ $v.bridge.queueType | quote }}
        - name: CB_BRIDGE_DECLARE_EXCHANGES
          value: {{ $v.bridge.declareExchanges | quote }}
        - name: CB_BRIDGE_LOG_LEVEL
          value: {{ $v.bridge.logLevel | quote }}
        {{- with $v.secrets.amqpTls }}
        {{- if .name }}
        {{- if .ca }}
        - name: CB_BRIDGE_AMQP_CA_FILE
          value: /etc/cb-event-bridge/amqp-tls/{{ .ca }}
        {{- end }}
        {{- if .cert }}
        - name: CB_BRIDGE_AMQP_CERT_FILE
          value: /etc/cb-event-bridge/amqp-tls/{{ .cert }}
        {{- end }}
        {{- if .key }}
        - name: CB_BRIDGE_AMQP_KEY_FILE
          value: /etc/cb-event-bridge/amqp-tls/{{ .key }}
        {{- end }}
        {{- end }}
        {{- end }}
        {{- if $lr.enabled }}
        - name: CB_BRIDGE_LR_URL
          value: {{ $lr.url | quote }}
        - name: CB_BRIDGE_LR_TOKEN_FILE
          value: /etc/cb-event-bridge/liveresponse/token
        {{- if $lr.ca.secretName }}
        - name: CB_BRIDGE_LR_CA_FILE
          value: /etc/cb-event-bridge/liveresponse-ca/ca.crt
        {{- end }}
        # One ledger per pod, named after it: Deployment pods may share a data claim, and the
        # StatefulSet's pod keeps its name (and so its ledger) across restarts.
        - name: POD_NAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        - name: CB_BRIDGE_LR_DATA_DIR
          value: /var/lib/cb-event-bridge/liveresponse/$(POD_NAME)
        {{- end }}
        {{- if $actions }}
        - name: CB_BRIDGE_LR_ACTIONS
          value: "true"
        {{- end }}
        {{- with $v.env }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with $v.envFrom }}
      envFrom:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      livenessProbe:
        {{- toYaml $v.livenessProbe | nindent 8 }}
      readinessProbe:
        {{- toYaml $v.readinessProbe | nindent 8 }}
      resources:
        {{- toYaml (and $actions $lr.actions.resources | default $v.resources) | nindent 8 }}
      volumeMounts:
        - name: routes
          mountPath: /etc/cb-event-bridge/routes
          readOnly: true
        - name: amqp-url
          mountPath: /etc/cb-event-bridge/amqp
          readOnly: true
        - name: admin-token
          mountPath: /etc/cb-event-bridge/admin
          readOnly: true
        {{- if $v.secrets.sinkCredentials }}
        - name: sink-credentials
          mountPath: /etc/cb-event-bridge/secrets
          readOnly: true
        {{- end }}
        {{- if $v.secrets.amqpTls.name }}
        - name: amqp-tls
          mountPath: /etc/cb-event-bridge/amqp-tls
          readOnly: true
        {{- end }}
        {{- if $lr.enabled }}
        - name: liveresponse-token
          mountPath: /etc/cb-event-bridge/liveresponse
          readOnly: true
        {{- if $lr.ca.secretName }}
        - name: liveresponse-ca
          mountPath: /etc/cb-event-bridge/liveresponse-ca
          readOnly: true
        {{- end }}
        {{- end }}
        - name: data
          mountPath: /var/lib/cb-event-bridge
        - name: tmp
          mountPath: /tmp
        {{- with $v.extraVolumeMounts }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
  volumes:
    - name: routes
      configMap:
        name: {{ include "cb-event-bridge.routesConfigMap" $root }}
    - name: amqp-url
      secret:
        secretName: {{ $v.secrets.amqpUrl.name }}
        items:
          - key: {{ $v.secrets.amqpUrl.key }}
            path: url
    - name: admin-token
      secret:
        secretName: {{ $v.secrets.adminToken.name }}
        items:
          - key: {{ $v.secrets.adminToken.key }}
            path: token
    {{- with $v.secrets.sinkCredentials }}
    - name: sink-credentials
      projected:
        sources:
          {{- range . }}
          - secret:
              name: {{ .name }}
          {{- end }}
    {{- end }}
    {{- if $v.secrets.amqpTls.name }}
    - name: amqp-tls
      secret:
        secretName: {{ $v.secrets.amqpTls.name }}
    {{- end }}
    {{- if $lr.enabled }}
    - name: liveresponse-token
      secret:
        secretName: {{ $lr.token.secretName }}
        items:
          - key: {{ $lr.token.key }}
            path: token
    {{- if $lr.ca.secretName }}
    - name: liveresponse-ca
      secret:
        secretName: {{ $lr.ca.secretName }}
        items:
          - key: {{ $lr.ca.key }}
            path: ca.crt
    {{- end }}
    {{- end }}
    {{- if $actions }}
    {{- with $lr.actions.persistence.existingClaim }}
    - name: data
      persistentVolumeClaim:
        claimName: {{ . }}
    {{- end }}
    {{- else }}
    - name: data
      {{- if $v.persistence.enabled }}
      persistentVolumeClaim:
        claimName: {{ $v.persistence.existingClaim | default (printf "%s-data" (include "cb-event-bridge.fullname" $root)) }}
      {{- else }}
      emptyDir: {}
      {{- end }}
    {{- end }}
    - name: tmp
      emptyDir: {}
    {{- with $v.extraVolumes }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- with $v.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.topologySpreadConstraints }}
  topologySpreadConstraints:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}

{{/* Stops the render when a required Secret reference is missing, naming the value to set. */}}
{{- define "cb-event-bridge.requireSecrets" -}}
{{- if not .Values.secrets.amqpUrl.name }}
{{- fail "secrets.amqpUrl.name: name the Secret that holds the CB broker's AMQP URL (kubectl create secret generic cb-bridge --from-literal=amqp-url=amqps://user:password@cb-server:5004)" }}
{{- end }}
{{- if not .Values.secrets.adminToken.name }}
{{- fail "secrets.adminToken.name: name the Secret that holds the admin API token (the API listens on the pod IP, so it needs one)" }}
{{- end }}
{{- with .Values.liveResponse }}
{{- if and .actions.enabled (not .enabled) }}
{{- fail "liveResponse.actions.enabled: response actions need liveResponse.enabled=true with liveResponse.url and liveResponse.token.secretName" }}
{{- end }}
{{- if and .enabled (not .url) }}
{{- fail "liveResponse.url: set the CB server URL for Live Response (https://cb.example.com), or liveResponse.enabled=false" }}
{{- end }}
{{- if and .enabled (not .token.secretName) }}
{{- fail "liveResponse.token.secretName: name the Secret that holds the CB API token for Live Response (kubectl create secret generic cb-lr --from-literal=token=...)" }}
{{- end }}
{{- end }}
{{- end }}
