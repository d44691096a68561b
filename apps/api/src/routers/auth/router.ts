import { router } from '../../trpc/init.ts'
import { me } from './me.ts'
import { setLocale } from './set-locale.ts'
import { signIn } from './sign-in.ts'
import { signOut } from './sign-out.ts'

export const authRouter = router({ signIn, signOut, me, setLocale })
