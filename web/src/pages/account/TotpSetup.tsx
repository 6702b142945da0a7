// Two-step verification set-up: start (POST /auth/totp/setup), add the key to an authenticator app
// by QR code or by typing it, confirm with a code (POST /auth/totp/enable).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { TextField } from '../../components/fields.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { enableTotp, setupTotp } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useSubmit } from '../../lib/useSubmit.ts';
import type { TotpSetup as TotpSecret } from '../../types.ts';

type Phase = { step: 'start' } | { step: 'confirm'; setup: TotpSecret } | { step: 'done' };

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`. */
function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export function TotpSetup() {
  const t = useT();
  const { user, refresh } = useAuth();
  const [phase, setPhase] = useState<Phase>({ step: 'start' });
  const [code, setCode] = useState('');
  const setupTitleRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const focusStart = useRef(false);

  const start = useSubmit(async () => {
    setPhase({ step: 'confirm', setup: await setupTotp() });
    setCode('');
  });
  const confirm = useSubmit(async (value: string) => {
    try {
      await enableTotp(value);
    } catch (err) {
      // The server's field error on `code` means the code did not match the new key.
      if (err instanceof ApiError && err.errors.some((e) => e.field === 'code')) {
        throw new ApiError(err.status, err.code, '', [{ field: 'code', message: t('totp.codeWrong') }]);
      }
      throw err;
    }
    setPhase({ step: 'done' });
    // The header and this page read `totpEnabled` from the session user.
    await refresh().catch(() => undefined);
  });

  useEffect(() => {
    if (phase.step === 'confirm') setupTitleRef.current?.focus();
    if (phase.step === 'done') doneRef.current?.focus();
    if (phase.step === 'start' && focusStart.current) startRef.current?.focus();
    focusStart.current = false;
  }, [phase.step]);

  async function onConfirm(event: FormEvent) {
    event.preventDefault();
    const value = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(value)) {
      confirm.setError(new ApiError(400, 'validation', '', [{ field: 'code', message: t('totp.codeInvalid') }]));
      return;
    }
    await confirm.run(value);
  }

  function cancel() {
    confirm.setError(null);
    focusStart.current = true;
    setPhase({ step: 'start' });
  }

  if (phase.step === 'done') {
    return (
      <div ref={doneRef} tabIndex={-1} className="alert alert-success totp-done">
        <p>{t('totp.success')}</p>
      </div>
    );
  }

  if (user?.totpEnabled) {
    return (
      <div className="state-box state-on">
        <p className="state-title">{t('totp.enabled')}</p>
        <p>{t('totp.enabledText')}</p>
      </div>
    );
  }

  if (phase.step === 'start') {
    return (
      <>
        <div className="state-box state-off">
          <p className="state-title">{t('totp.notEnabled')}</p>
          <p>{t('totp.intro')}</p>
        </div>
        <ErrorAlert error={start.error} />
        <div className="actions">
          <button type="button" ref={startRef} className="button-primary" disabled={start.busy} onClick={() => void start.run()}>
            {start.busy ? t('totp.starting') : t('totp.start')}
          </button>
        </div>
      </>
    );
  }

  const errors = fieldErrors(confirm.error);
  return (
    <div className="panel totp-setup">
      <h3 ref={setupTitleRef} tabIndex={-1}>
        {t('totp.setupTitle')}
      </h3>
      <div className="totp-ways">
        <div className="totp-way">
          <h4>{t('totp.scanTitle')}</h4>
          <p>{t('totp.scanText')}</p>
          <QrCode text={phase.setup.otpauthUrl} label={t('totp.qrLabel')} size={192} />
        </div>
        <div className="totp-way">
          <h4>{t('totp.manualTitle')}</h4>
          <p>{t('totp.manualText')}</p>
          <p className="secret-line">
            <span className="label">{t('totp.secretLabel')}:</span>{' '}
            <code className="totp-secret" translate="no">
              {groupSecret(phase.setup.secret)}
            </code>
          </p>
        </div>
      </div>

      <form onSubmit={onConfirm} noValidate className="totp-confirm">
        <h3>{t('totp.codeTitle')}</h3>
        <FormErrors error={confirm.error} labels={{ code: t('totp.code') }} />
        <TextField
          name="code"
          label={t('totp.code')}
          hint={t('totp.codeHint')}
          value={code}
          onValue={setCode}
          error={errors.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          className="field-short field-code"
          required
        />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={confirm.busy}>
            {confirm.busy ? t('totp.submitting') : t('totp.submit')}
          </button>
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
