<?php
/**
 * Mail through the SMTP server of the settings (WordPress's PHPMailer, no sendmail).
 *
 * @package Piazza
 */

defined( 'ABSPATH' ) || exit;

/**
 * Mail.
 */
final class Piazza_Mail {

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'phpmailer_init', array( self::class, 'smtp' ) );
		add_filter(
			'wp_mail_from',
			static function ( $from ) {
				$own = (string) Piazza_Settings::get( 'mail_from' );
				return '' !== $own ? $own : $from;
			}
		);
	}

	/**
	 * Configures PHPMailer for the SMTP server of the settings, when one is set.
	 *
	 * @param PHPMailer\PHPMailer\PHPMailer $mailer Mailer.
	 */
	public static function smtp( $mailer ): void {
		$s = Piazza_Settings::all();
		if ( '' === $s['smtp_host'] ) {
			return;
		}
		$mailer->isSMTP();
		$mailer->Host        = $s['smtp_host']; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		$mailer->Port        = (int) $s['smtp_port']; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		$mailer->SMTPSecure  = $s['smtp_secure']; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		$mailer->SMTPAutoTLS = '' !== $s['smtp_secure']; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		$mailer->Timeout     = 10; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		if ( '' !== $s['smtp_user'] ) {
			$mailer->SMTPAuth = true; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
			$mailer->Username = $s['smtp_user']; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
			$mailer->Password = $s['smtp_pass']; // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		}
	}

	/**
	 * Mails a new report to the URP address. Returns whether the SMTP server accepted it.
	 *
	 * @param array<string, string> $r Report row.
	 */
	public static function report( array $r ): bool {
		$to = (string) Piazza_Settings::get( 'urp_email' );
		if ( '' === $to ) {
			return false;
		}
		$subject = sprintf( '[%s] %s: %s', $r['code'], $r['category'], $r['title'] );
		$body    = implode(
			"\n",
			array(
				'Nuova segnalazione di disservizio',
				'',
				'Codice: ' . $r['code'],
				'Categoria: ' . $r['category'],
				'Luogo: ' . $r['place'],
				'Titolo: ' . $r['title'],
				'',
				$r['description'],
				'',
				'Email di chi segnala: ' . ( '' !== $r['email'] ? $r['email'] : '—' ),
				'Gestisci: ' . admin_url( 'admin.php?page=piazza-reports' ),
			)
		);
		$headers = '' !== $r['email'] ? array( 'Reply-To: ' . $r['email'] ) : array();
		return wp_mail( $to, $subject, $body, $headers );
	}
}
